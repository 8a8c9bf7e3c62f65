#include "AboutBox.h"

#include <QFile>
#include <QMessageBox>

namespace keydesk {

namespace {

// Where the resources engineer puts the license text; the About box shows it if present.
const QString licenseResource = QStringLiteral(":/licenses/GPL-3.0-or-later.txt");

} // namespace

void AboutBox::open(QWidget *window)
{
    auto *box = new QMessageBox(window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About KeyDesk"));
    box->setIconPixmap(window->windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText); // only our own words, no text from outside
    box->setText(tr("<h3>KeyDesk %1</h3>"
                    "<p>Lists, creates and revokes the API keys of LeadHQL, LocalLeads and Trust Leads "
                    "organisations, and hands each new key over exactly once through the system "
                    "keychain.</p>"
                    "<p>License: GNU General Public License, version 3 or later "
                    "(GPL-3.0-or-later). The built-in demo server uses Qt HTTP Server, which is "
                    "available under the GPL-3.0.</p>")
                     .arg(QStringLiteral(KEYDESK_VERSION)));
    QFile license(licenseResource);
    if (license.open(QIODevice::ReadOnly | QIODevice::Text))
        box->setDetailedText(QString::fromUtf8(license.readAll()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace keydesk
