#pragma once

#include <QObject>
#include <QString>

namespace keydesk {

// "Reveal in file manager": org.freedesktop.FileManager1 ShowItems over the session bus
// (the file selected in its folder), asked asynchronously; when no file manager answers
// it, the folder opens through QDesktopServices. Nothing here waits.
class FileManagerReveal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileManagerReveal)
public:
    explicit FileManagerReveal(QObject *parent = nullptr);
    ~FileManagerReveal() override;

    // `path`: a file (selected in its folder) or a folder (shown).
    void reveal(const QString &path);

Q_SIGNALS:
    // How it was shown, for tests: true over D-Bus, false through QDesktopServices.
    void revealed(const QString &path, bool overDBus);
};

} // namespace keydesk
