#pragma once

#include "Dialect.h"

#include <QByteArray>

namespace keydesk::fuzz {

// Feeds one response body to every decoder of the dialect's codec (a hostile or broken
// server can send any body to any request) and checks what the rest of the program
// relies on: a value xor a problem; records with an id, UTC timestamps that survive the
// CLI's normalised JSON, non-negative counts; a created key with its secret, whose
// visible identifier never reveals it; wipeSecret() clearing only its own copy.
void checkResponseDecoding(Dialect dialect, const QByteArray &body);

} // namespace keydesk::fuzz
