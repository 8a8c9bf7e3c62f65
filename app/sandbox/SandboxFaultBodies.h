#pragma once

#include "SandboxFault.h"
#include "SandboxResponse.h"

namespace keydesk {

// The response a fault puts in place of the real one, for the faults that change
// content rather than timing: Status, MalformedJson, WrongContentType, WrongTypes,
// Oversize, Redirect, CommitThenRedirect, OmitField. Other kinds return `real` unchanged. No sockets here.
class SandboxFaultBodies final {
public:
    static SandboxResponse replace(const SandboxResponse &real, const SandboxFault &fault);
};

} // namespace keydesk
