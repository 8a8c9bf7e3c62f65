#pragma once

#include <QByteArray>
#include <QString>

namespace keydesk {

// A file name as the scan shows it: valid UTF-8 as is, any other byte as \xNN, control
// characters as \xNN too, so that a hostile name can neither be lost nor drive a terminal.
class DisplayPath final {
public:
    static QString of(const QByteArray &path);
};

} // namespace keydesk
