#pragma once

class QLabel;
class QWidget;

namespace keydesk {

// Colours for inline messages that stay readable on light and dark palettes.
void styleAsInlineError(QLabel *label);
void styleAsWarningBanner(QWidget *banner);

} // namespace keydesk
