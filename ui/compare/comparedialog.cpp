// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "compareview.h"

#include <core/model/pactreader.h>
#include <ui/dialogservice.h>
#include <ui/document/documentmanager.h>
#include <ui/document/pactdocument.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pactbench {

CompareDialog::CompareDialog(DocumentManager *documents, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_dialogs(dialogs)
    , m_old(new QComboBox(this))
    , m_new(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_view(new CompareView(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Pacts"));
    m_old->setObjectName(QStringLiteral("compareOld"));
    m_new->setObjectName(QStringLiteral("compareNew"));
    for (QComboBox *side : { m_old, m_new })
        side->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_error->setObjectName(QStringLiteral("compareError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, QComboBox *side) {
        auto *browse = new QPushButton(tr("File…"), this);
        connect(browse, &QPushButton::clicked, this, [this, side] { this->browse(side); });
        auto *line = new QHBoxLayout;
        line->addWidget(side, 1);
        line->addWidget(browse);
        auto *name = new QLabel(label, this);
        name->setBuddy(side);
        form->addRow(name, line);
    };
    row(tr("&Old:"), m_old);
    row(tr("&New:"), m_new);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *compareButton = buttons->addButton(tr("&Compare"), QDialogButtonBox::ApplyRole);
    compareButton->setObjectName(QStringLiteral("compareButton"));
    connect(compareButton, &QPushButton::clicked, this, &CompareDialog::compare);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
    fillSources();
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::fillSources()
{
    for (const PactDocument *document : m_documents->documents()) {
        addSource(tr("%1 (open, as edited)").arg(document->displayName()), { Source::Kind::Open, document, {}, {} });
        addSource(tr("%1 (as read or last saved)").arg(document->displayName()), { Source::Kind::Saved, document, {}, {} });
    }
}

void CompareDialog::addSource(const QString &label, const Source &source)
{
    m_sources.append(source);
    const int index = int(m_sources.size()) - 1;
    m_old->addItem(label, index);
    m_new->addItem(label, index);
}

void CompareDialog::compareWithSaved(const PactDocument *document)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        const Source &s = m_sources.at(i);
        if (s.document != document)
            continue;
        (s.kind == Source::Kind::Saved ? m_old : m_new)->setCurrentIndex(m_old->findData(i));
    }
    compare();
}

bool CompareDialog::addFile(const QString &path, bool oldSide)
{
    addSource(QFileInfo(path).fileName() + QStringLiteral(" — ") + QFileInfo(path).absolutePath(),
        { Source::Kind::File, nullptr, path, {} });
    QComboBox *side = oldSide ? m_old : m_new;
    side->setCurrentIndex(side->count() - 1);
    side->setItemData(side->count() - 1, path, Qt::ToolTipRole);
    return true;
}

void CompareDialog::addPact(const Pact &pact, const QString &label, bool oldSide)
{
    addSource(label, { Source::Kind::Memory, nullptr, label, pact });
    QComboBox *side = oldSide ? m_old : m_new;
    side->setCurrentIndex(side->count() - 1);
}

void CompareDialog::browse(QComboBox *side)
{
    const QStringList files = m_dialogs->openFileNames(this, QString());
    if (!files.isEmpty())
        addFile(files.constFirst(), side == m_old);
}

std::optional<Pact> CompareDialog::pactOf(const Source &source, QString *name, QString *error) const
{
    if (source.kind == Source::Kind::Memory) {
        *name = source.path;
        return source.pact;
    }
    if (source.kind != Source::Kind::File) {
        if (!m_documents->documents().contains(const_cast<PactDocument *>(source.document))) {
            *error = tr("That pact was closed.");
            return std::nullopt;
        }
        *name = source.document->displayName();
        if (source.kind == Source::Kind::Saved) {
            *name = tr("%1 (saved)").arg(*name);
            return source.document->savedPact();
        }
        return source.document->pact();
    }
    *name = QFileInfo(source.path).fileName();
    const ReadResult read = PactReader::readFile(source.path);
    if (!read.ok()) {
        QStringList problems;
        for (const Diagnostic &d : read.diagnostics)
            problems.append(d.toString());
        *error = tr("%1 cannot be compared: %2").arg(source.path, problems.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return *read.pact;
}

bool CompareDialog::compare()
{
    const int oldIndex = m_old->currentData().toInt();
    const int newIndex = m_new->currentData().toInt();
    if (m_old->currentIndex() < 0 || m_new->currentIndex() < 0)
        return false;
    QString oldName, newName, error;
    const std::optional<Pact> oldPact = pactOf(m_sources.at(oldIndex), &oldName, &error);
    const std::optional<Pact> newPact = oldPact ? pactOf(m_sources.at(newIndex), &newName, &error) : std::nullopt;
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!oldPact || !newPact)
        return false;
    m_view->compare(*oldPact, oldName, *newPact, newName);
    return true;
}

} // namespace Pactbench
