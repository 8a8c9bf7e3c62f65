#pragma once

#include <QString>

namespace keydesk {

// The repository a scanned path is in (git rev-parse).
struct GitRepository final {
    QString gitDir;   // absolute: the key of the remembered scan state
    QString topLevel; // the working tree, empty for a bare repository
    bool shallow = false;
};

} // namespace keydesk
