// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace Fazhi {

/** Why an operation on user input failed, in words a reviewer can act on. */
struct Error
{
    QString message;
};

/**
 * The outcome of an operation that can fail on user input: a value, or an Error that says why.
 * A small stand-in for C++23's std::expected, which our C++20 toolchain does not have.
 */
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value: a reference into a temporary Result would dangle in `for (x : f().value())`.
    T value() && { return std::get<T>(std::move(m_state)); }
    /** Why it failed; empty when it did not (so it can be formatted into any message). */
    QString error() const { return ok() ? QString() : std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

/** Result of an operation with nothing to return but success. */
struct Done
{
};

} // namespace Fazhi
