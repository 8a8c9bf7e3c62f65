#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace keydesk {

struct Validation final {
    bool ok = false;
    QString message; // translated, empty when ok
};

class KeyValidation final {
    Q_DECLARE_TR_FUNCTIONS(KeyValidation)
public:
    static constexpr int maxNameLength = 100;
    static constexpr int maxExpiryDays = 3650;

    // `name` is trimmed by the caller with normalisedName(); validates 1..100 chars and
    // refuses control, bidi-control and invisible formatting characters and lone
    // surrogates (UntrustedText::hasControlCharacters), naming the first one.
    static QString normalisedName(const QString &name);
    static Validation validateName(const QString &name);
    static Validation validateExpiresInDays(int days);
    static Validation validateExpiryDate(QDate date, QDate today);
};

} // namespace keydesk
