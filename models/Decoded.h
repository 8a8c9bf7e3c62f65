#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace keydesk {

// Result of decoding a server response: a value, or why the body is malformed
// (a short technical reason, e.g. "field 'id' is not a string").
template <typename T>
struct Decoded final {
    std::optional<T> value;
    QString problem;

    static Decoded ok(T v) { return {std::move(v), {}}; }
    static Decoded malformed(QString why) { return {std::nullopt, std::move(why)}; }
    explicit operator bool() const { return value.has_value(); }
};

} // namespace keydesk
