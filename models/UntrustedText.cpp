#include "UntrustedText.h"

namespace keydesk {

namespace {

// Bidi embeddings/overrides/isolates and the zero-width marks that can hide or reorder
// text around them (the "Trojan Source" class); the rest of Unicode's format (Cf)
// characters, such as the zero-width joiner inside emoji, stays.
bool isBidiOrInvisibleControl(char32_t codePoint)
{
    return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
           || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C || codePoint == 0xFEFF
           || codePoint == 0x2028 || codePoint == 0x2029;
}

bool needsEscape(char32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) || isBidiOrInvisibleControl(codePoint);
}

QString escaped(char32_t codePoint)
{
    if (codePoint <= 0xFF)
        return QStringLiteral("\\x%1").arg(uint(codePoint), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u%1").arg(uint(codePoint), 4, 16, QLatin1Char('0'));
}

// Calls `visit(codePoint, isLoneSurrogate, unitsConsumed)` for each code point.
template <typename Visit>
void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(unit, text.at(i + 1)), false, text.mid(i, 2));
            ++i;
        } else {
            visit(char32_t(unit.unicode()), unit.isSurrogate(), text.mid(i, 1));
        }
    }
}

} // namespace

QString UntrustedText::forDisplay(QStringView text)
{
    QString result;
    result.reserve(text.size());
    forEachCodePoint(text, [&result](char32_t codePoint, bool loneSurrogate, QStringView units) {
        if (loneSurrogate || needsEscape(codePoint))
            result += escaped(codePoint);
        else if (codePoint == u'\\')
            result += QStringLiteral("\\\\");
        else
            result += units;
    });
    return result;
}

bool UntrustedText::isDisplaySafe(QStringView text)
{
    bool safe = true;
    forEachCodePoint(text, [&safe](char32_t codePoint, bool loneSurrogate, QStringView) {
        if (loneSurrogate || needsEscape(codePoint) || codePoint == u'\\')
            safe = false;
    });
    return safe;
}

bool UntrustedText::hasControlCharacters(QStringView text)
{
    bool found = false;
    forEachCodePoint(text, [&found](char32_t codePoint, bool loneSurrogate, QStringView) {
        if (loneSurrogate || needsEscape(codePoint))
            found = true;
    });
    return found;
}

} // namespace keydesk
