#pragma once

#include <QtGlobal>

#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace sipref {

// Storage for the parts of a SipMessage that most messages have few or none of. A big input keeps
// hundreds of thousands of messages, and what each message holds beside its spans was most of the
// memory: a std::vector is 24 bytes even when empty, and an inline MessageOrigin 64.

// A fixed-size array in one heap block, eight bytes when held and nothing allocated when empty.
// Set whole with assign(); the items must be trivially copyable (spans and flags).
template <typename T>
class CompactArray
{
    static_assert(std::is_trivially_copyable_v<T>, "items are copied as bytes");
    // The item count sits just before the first item, in a header that keeps the items aligned.
    static constexpr std::size_t headerSize = alignof(T) > sizeof(quint32) ? alignof(T) : sizeof(quint32);

public:
    CompactArray() = default;
    CompactArray(const CompactArray &other) { assign(other.begin(), other.end()); }
    CompactArray(CompactArray &&other) noexcept : m_items(std::exchange(other.m_items, nullptr)) { }
    CompactArray &operator=(const CompactArray &other)
    {
        if (this != &other)
            assign(other.begin(), other.end());
        return *this;
    }
    CompactArray &operator=(CompactArray &&other) noexcept
    {
        std::swap(m_items, other.m_items);
        return *this;
    }
    ~CompactArray() { release(); }

    void assign(const T *first, const T *last)
    {
        const std::size_t n = std::size_t(last - first);
        T *items = nullptr;
        if (n > 0) {
            auto *block = static_cast<char *>(std::malloc(headerSize + n * sizeof(T)));
            if (!block)
                throw std::bad_alloc();
            const auto count = quint32(n);
            std::memcpy(block + headerSize - sizeof(quint32), &count, sizeof count);
            items = reinterpret_cast<T *>(block + headerSize);
            std::memcpy(static_cast<void *>(items), first, n * sizeof(T));
        }
        release();
        m_items = items;
    }

    std::size_t size() const
    {
        if (!m_items)
            return 0;
        quint32 count;
        std::memcpy(&count, reinterpret_cast<const char *>(m_items) - sizeof count, sizeof count);
        return count;
    }
    bool empty() const { return m_items == nullptr; }

    const T *begin() const { return m_items; }
    const T *end() const { return m_items + size(); }
    T *begin() { return m_items; }
    T *end() { return m_items + size(); }
    const T &operator[](std::size_t i) const { return m_items[i]; }
    T &operator[](std::size_t i) { return m_items[i]; }
    const T &front() const { return m_items[0]; }
    const T &back() const { return m_items[size() - 1]; }

private:
    void release()
    {
        if (m_items)
            std::free(reinterpret_cast<char *>(m_items) - headerSize);
        m_items = nullptr;
    }

    T *m_items = nullptr;
};

// A value most messages do not have, behind a pointer: eight bytes when absent, and reading an
// absent one gives a default-constructed T. Copies are deep.
template <typename T>
class Optional
{
public:
    Optional() = default;
    Optional(const Optional &other) : m_value(other.m_value ? new T(*other.m_value) : nullptr) { }
    Optional(Optional &&other) noexcept : m_value(std::exchange(other.m_value, nullptr)) { }
    Optional &operator=(Optional other) noexcept
    {
        std::swap(m_value, other.m_value);
        return *this;
    }
    Optional &operator=(T value)
    {
        if (m_value)
            *m_value = std::move(value);
        else
            m_value = new T(std::move(value));
        return *this;
    }
    ~Optional() { delete m_value; }

    bool isSet() const { return m_value != nullptr; }
    const T &operator*() const { return m_value ? *m_value : absent(); }
    const T *operator->() const { return &**this; }
    // The value to change, created first when absent.
    T &edit()
    {
        if (!m_value)
            m_value = new T();
        return *m_value;
    }

private:
    static const T &absent()
    {
        static const T value{};
        return value;
    }

    T *m_value = nullptr;
};

} // namespace sipref
