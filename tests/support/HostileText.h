#pragma once

#include <QList>
#include <QString>
#include <QTextDocument>

namespace keydesk::test {

// A key name a server might list, and what KeyDesk must show for it: control and bidi
// characters as visible escapes, a backslash doubled, placeholders and markup as typed.
struct HostileName final {
    QString received;
    QString shown;
};

inline QList<HostileName> hostileKeyNames()
{
    return {
        {QStringLiteral("clear\x1b[2Jscreen"), QStringLiteral("clear\\x1b[2Jscreen")},
        {QStringLiteral("bell\x07here"), QStringLiteral("bell\\x07here")},
        {QStringLiteral("invoice\u202Etxt.exe"), QStringLiteral("invoice\\u202etxt.exe")},
        {QStringLiteral("%1 %2"), QStringLiteral("%1 %2")},
        {QStringLiteral("<b>bold</b>"), QStringLiteral("<b>bold</b>")},
        {QStringLiteral("<img src=x>"), QStringLiteral("<img src=x>")},
        {QStringLiteral("back\\slash"), QStringLiteral("back\\\\slash")},
    };
}

// What a tooltip shows: Qt renders it as rich text when it looks like some
// (Qt::mightBeRichText), as plain text otherwise.
inline QString shownAsToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

} // namespace keydesk::test
