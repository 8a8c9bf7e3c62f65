#pragma once

namespace keydesk {

// Exit codes of keydesk-cli (docs/design.md#exit-codes). Errors from a REST call use
// ApiError::exitCode(), which maps onto the same numbers.
namespace CliExitCode {
constexpr int Ok = 0;
// Also: a declined confirmation, a dialect without key management, a result that
// could not be written to stdout.
constexpr int Other = 1;
constexpr int Usage = 2;
constexpr int Authentication = 3; // also: `verify` found the key refused
constexpr int NotFound = 4;
// Rejected by the server (validation, limit). Local validation of the same rules (name
// length, expiry range, past dates) deliberately gives the same code, so a script sees
// one code for "invalid name" whether the client or the server caught it.
constexpr int Rejected = 5;
constexpr int Network = 6;
constexpr int Keychain = 7;
// `audit` found an open finding at or above --fail-on (docs/design.md#watch).
constexpr int Findings = 8;
} // namespace CliExitCode

} // namespace keydesk
