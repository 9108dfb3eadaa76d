// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace Pactbench {

/**
 * The recently opened files, kept in QSettings ("RecentFiles/paths", newest first, at most
 * `maximum()`), and the "Open Recent" menu that shows them.
 */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;
    Q_DISABLE_COPY_MOVE(RecentFiles)

    static int maximum() { return 10; }
    QStringList paths() const;
    /// Moves `path` to the front (files from resources are not remembered).
    void add(const QString &path);
    void clear();
    /// Fills `menu` each time it is about to show.
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fillMenu(QMenu *menu);
    void store(const QStringList &paths);
};

} // namespace Pactbench
