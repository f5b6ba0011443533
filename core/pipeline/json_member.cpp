#include "json_member.h"

namespace sluice {

namespace {

/// A cursor over JSON text; every step returns false when the text ends or is not well-formed there.
class JsonCursor {
public:
    explicit JsonCursor(QByteArrayView text) : m_text(text) {}

    qsizetype position() const { return m_pos; }

    /// Skips the white space of RFC 8259 (space, tab, line feed, carriage return).
    void skipSpace() {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    /// True (and steps over it) when the next character is `c`.
    bool take(char c) {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text.at(m_pos); }

    /// Steps over a string whose opening quote is next; `escaped` says whether it held a backslash.
    bool skipString(bool* escaped = nullptr) {
        if (!take('"'))
            return false;
        bool sawEscape = false;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '"') {
                if (escaped)
                    *escaped = sawEscape;
                return true;
            }
            if (c == '\\') {
                sawEscape = true;
                ++m_pos; // the escaped character ('"', '\\', 'u' of \uXXXX, …)
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return false; // control characters must be escaped
            }
        }
        return false;
    }

    /// Steps over one value: a string, an object or array (to its matching close), or a scalar.
    bool skipValue() {
        if (atEnd())
            return false;
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[')
            return skipContainer();
        // A number, true, false or null: up to the next delimiter, which must be there.
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char s = m_text.at(m_pos);
            if (s == ',' || s == '}' || s == ']' || s == ' ' || s == '\t' || s == '\n' || s == '\r')
                return m_pos > start;
            if (s == '"' || s == '{' || s == '[' || s == ':')
                return false;
            ++m_pos;
        }
        return false;
    }

private:
    /// Steps over an object or array, with its nested ones and strings, checking that brackets match.
    bool skipContainer() {
        QByteArray open; // the stack of open brackets
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[') {
                open.append(c);
            } else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                    return false;
                open.chop(1);
                if (open.isEmpty())
                    return true;
            }
        }
        return false;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

QByteArray topLevelMemberText(QByteArrayView json, QLatin1StringView key) {
    JsonCursor cursor(json);
    cursor.skipSpace();
    if (!cursor.take('{'))
        return {};
    cursor.skipSpace();
    if (cursor.take('}'))
        return {};
    for (;;) {
        cursor.skipSpace();
        const qsizetype keyStart = cursor.position();
        bool escaped = false;
        if (!cursor.skipString(&escaped) || escaped)
            return {};
        const QByteArrayView name = json.sliced(keyStart + 1, cursor.position() - keyStart - 2);
        cursor.skipSpace();
        if (!cursor.take(':'))
            return {};
        cursor.skipSpace();
        const qsizetype valueStart = cursor.position();
        if (!cursor.skipValue())
            return {};
        if (name == QByteArrayView(key.data(), key.size()))
            return json.sliced(valueStart, cursor.position() - valueStart).toByteArray();
        cursor.skipSpace();
        if (cursor.take(','))
            continue;
        return {}; // '}' (not found), the end of a prefix, or not well-formed
    }
}

} // namespace sluice
