#pragma once

namespace keydesk {

// The methods the dialects use. Only POST creates anything, so only POST is never
// retried and has an "outcome unknown" failure.
enum class HttpVerb { Get, Post, Delete };

} // namespace keydesk
