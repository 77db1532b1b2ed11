// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

#include <QString>

namespace Fazhi {

/** Why an operation on user input failed, in words a reviewer can act on. */
struct Error
{
    /** What kind of failure it was, for callers that act on it (never by matching the message). */
    enum class Code {
        Other,
        Busy, ///< another program held the project for longer than we wait
        Constraint, ///< the value would break a rule of the data (a name already taken…)
        Corrupt, ///< the file is damaged
        ReadOnly, ///< the file, its folder or the medium cannot be written
        Full, ///< the disk is full
        NotFound, ///< no such report, tag, annotation or decision
        Io, ///< the operating system could not read or write the file
    };

    QString message;
    Code code = Code::Other;
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
    /** The value, or @p fallback when it failed: only where a failure needs no telling (a name in a message). */
    T valueOr(T fallback) const { return ok() ? std::get<T>(m_state) : std::move(fallback); }
    /** Why it failed; empty when it did not (so it can be formatted into any message). */
    QString error() const { return ok() ? QString() : std::get<Error>(m_state).message; }
    /** The kind of failure; Other when it did not fail. */
    Error::Code code() const { return ok() ? Error::Code::Other : std::get<Error>(m_state).code; }
    /** The Error, to pass on as it is (message and code); an empty one when it did not fail. */
    Error failure() const { return ok() ? Error{} : std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Result of an operation with nothing to return but success. */
struct Done
{
};

} // namespace Fazhi
