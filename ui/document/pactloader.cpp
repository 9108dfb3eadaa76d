// SPDX-License-Identifier: MIT
#include "pactloader.h"

#include <core/model/pactwriter.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace Pactbench {

PactLoader::PactLoader(QObject *parent) : QObject(parent)
{ }

PactLoader::~PactLoader() = default; // a read still running finds `self` null and drops its result

void PactLoader::load(const QStringList &paths)
{
    m_queue += paths;
    if (m_current.isEmpty())
        startNext();
}

void PactLoader::cancel()
{
    if (m_current.isEmpty())
        return;
    const QString path = m_current;
    ++m_generation; // the running read's result no longer matches
    m_queue.clear();
    m_current.clear();
    Q_EMIT cancelled(path);
    Q_EMIT idle();
}

void PactLoader::startNext()
{
    if (m_queue.isEmpty()) {
        m_current.clear();
        Q_EMIT idle();
        return;
    }
    m_current = m_queue.takeFirst();
    m_timer.start();
    Q_EMIT started(m_current, QFileInfo(m_current).size(), int(m_queue.size()));
    const quint64 generation = ++m_generation;
    const QString path = m_current;
    QPointer<PactLoader> self(this); // only dereferenced on the loader's thread
    QThreadPool::globalInstance()->start([self, generation, path] {
        ReadResult result = readAndCompare(path);
        // Posted to the application object (alive as long as the program), checked there for the loader.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, path, result = std::move(result)]() mutable {
                if (self)
                    self->deliver(generation, path, std::move(result));
            },
            Qt::QueuedConnection);
    });
}

ReadResult PactLoader::readAndCompare(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PactReader::readFile(path); // says why it cannot be read
    const QByteArray text = file.readAll();
    ReadResult result = PactReader::read(text);
    result.rewritesOnSave = result.ok() && !PactWriter::writesBack(*result.pact, text);
    return result;
}

void PactLoader::deliver(quint64 generation, const QString &path, ReadResult result)
{
    if (generation != m_generation)
        return; // cancelled meanwhile
    Q_EMIT loaded(path, result, m_timer.elapsed());
    startNext();
}

} // namespace Pactbench
