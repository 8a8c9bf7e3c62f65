#pragma once

#include "Destination.h"

#include <QString>

namespace keydesk {

// How one delivery ended. Never holds the key: `toolOutput` is redacted of it.
struct DeliveryResult final {
    enum class Outcome {
        Verified,       // read back, the fingerprints match
        ExitStatusOnly, // a command destination: it exited 0 (not read back)
        Failed,         // nothing (known to be) stored; the key stays pending
    };

    Destination destination;
    Outcome outcome = Outcome::Failed;
    QString message;    // translated: what happened, or what failed and why
    QString toolOutput; // the programs' stdout and stderr, the key redacted, display-safe

    bool delivered() const { return outcome != Outcome::Failed; }
    // For the action log: the outcome in words, never the key.
    QString logDetail() const { return destination.spec() + QStringLiteral(": ") + message; }
};

} // namespace keydesk
