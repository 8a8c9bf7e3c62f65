#include "KeyValidation.h"

#include "UntrustedText.h"

namespace keydesk {

namespace {

// Characters as people count them: a surrogate pair (an emoji, say) is one character.
// This matches validator.js `isLength`, which the usual Node servers use for "max 100".
qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

// The first character a typed name must not hold (a control, bidi-control, invisible
// formatting character or lone surrogate), as "U+202E"; empty when there is none.
QString firstForbiddenCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QStringView one = QStringView(text).mid(i, pair ? 2 : 1);
        if (UntrustedText::hasControlCharacters(one)) {
            const char32_t codePoint = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
            return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
        }
        if (pair)
            ++i;
    }
    return {};
}

Validation accepted()
{
    return {true, {}};
}

Validation rejected(QString message)
{
    return {false, std::move(message)};
}

} // namespace

QString KeyValidation::normalisedName(const QString &name)
{
    return name.trimmed();
}

Validation KeyValidation::validateName(const QString &name)
{
    const QString normalised = normalisedName(name);
    if (normalised.isEmpty())
        return rejected(tr("Enter a name for the key."));
    // A line break, tab or text-direction override would garble every list and log the
    // name appears in, or make it read differently from what it is.
    const QString forbidden = firstForbiddenCharacter(normalised);
    if (!forbidden.isEmpty())
        return rejected(tr("The name contains an invisible control character (%1), such as a line break, a tab or a "
                           "text-direction mark. Type the name without it.")
                            .arg(forbidden));
    const auto length = static_cast<int>(codePointCount(normalised));
    if (length > maxNameLength)
        return rejected(tr("The name is too long: %n characters, at most %1.", nullptr, length).arg(maxNameLength));
    return accepted();
}

Validation KeyValidation::validateExpiresInDays(int days)
{
    if (days < 1)
        return rejected(tr("A key must live at least one day."));
    if (days > maxExpiryDays)
        return rejected(tr("A key can live at most %n days.", nullptr, maxExpiryDays));
    return accepted();
}

Validation KeyValidation::validateExpiryDate(QDate date, QDate today)
{
    if (!date.isValid())
        return rejected(tr("Choose a valid expiry date."));
    if (date <= today)
        return rejected(tr("The expiry date must be after today."));
    // Both dialects end up with the same bound: LeadHQL receives the date as a day count.
    if (today.daysTo(date) > maxExpiryDays)
        return rejected(tr("The expiry date can be at most %n days ahead.", nullptr, maxExpiryDays));
    return accepted();
}

} // namespace keydesk
