#include "TsCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keydesk::test {

QString TsMessage::identity() const
{
    return context + u" | "_s + source + u" | "_s + comment + (numerus ? u" | numerus"_s : QString());
}

namespace {

void readMessage(QXmlStreamReader &xml, const QString &context, TsCatalogue &catalogue)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            message.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            message.translationType = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        message.numerusForms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText();
            }
        } else {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment, …
        }
    }
    catalogue.messages.append(message);
}

void readContext(QXmlStreamReader &xml, TsCatalogue &catalogue)
{
    QString context;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"message"_s)
            readMessage(xml, context, catalogue);
        else
            xml.skipCurrentElement();
    }
}

} // namespace

TsCatalogue readTsFile(const QString &path)
{
    TsCatalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS"_s) {
        catalogue.error = u"%1 is not a TS file"_s.arg(path);
        return catalogue;
    }
    catalogue.language = xml.attributes().value(u"language"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"context"_s)
            readContext(xml, catalogue);
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        catalogue.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QSet<QString> currentIdentities(const TsCatalogue &catalogue)
{
    QSet<QString> identities;
    for (const TsMessage &message : catalogue.messages) {
        if (message.translationType != u"vanished"_s && message.translationType != u"obsolete"_s)
            identities.insert(message.identity());
    }
    return identities;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString placeholder = it.next().captured(1);
        if (!found.contains(placeholder))
            found.append(placeholder);
    }
    std::sort(found.begin(), found.end());
    return found;
}

bool hasAccelerator(const QString &text)
{
    QString withoutLiterals = text;
    withoutLiterals.remove(u"&&"_s);
    static const QRegularExpression accelerator(u"&[^\\s&]"_s);
    return accelerator.match(withoutLiterals).hasMatch();
}

} // namespace keydesk::test
