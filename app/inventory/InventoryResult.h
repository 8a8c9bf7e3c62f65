#pragma once

#include <QString>

#include <functional>

namespace keydesk {

// What an Inventory call delivers to its callback: a value, or why there is none.
template <typename T>
struct InventoryResult final {
    T value{};
    QString error; // translated, one line; empty on success

    bool ok() const { return error.isEmpty(); }
};

template <typename T>
using InventoryCallback = std::function<void(const InventoryResult<T> &)>;

} // namespace keydesk
