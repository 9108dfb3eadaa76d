// SPDX-License-Identifier: MIT
#include "bodydiffview.h"

#include "bodylines.h"
#include "ruletext.h"

#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QVBoxLayout>

namespace Pactbench {

namespace {

QWidget *titled(const QString &title, QWidget *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(view);
    return box;
}

} // namespace

bool isBodyMismatch(const VerifierMismatch &m)
{
    return m.type == u"BodyMismatch" || m.type == u"BodyTypeMismatch" || m.path.startsWith(u'$');
}

QString mismatchRuleText(const VerifierMismatch &m, const MatchingRules &rules)
{
    if (!m.rule.isEmpty())
        return m.rule;
    RuleText::Part part = RuleText::Part::Body;
    if (m.type == u"HeaderMismatch")
        part = RuleText::Part::Header;
    else if (m.type == u"MetadataMismatch")
        part = RuleText::Part::Metadata;
    const QString rule = RuleText::at(rules, part, m.path);
    return rule.isEmpty() ? BodyDiffView::tr("equality") : rule;
}

BodyDiffView::BodyDiffView(QWidget *parent)
    : QWidget(parent), m_expected(new DiffCodeView(this)), m_actual(new DiffCodeView(this))
{
    m_expected->setObjectName(QStringLiteral("expectedBodyView"));
    m_actual->setObjectName(QStringLiteral("actualBodyView"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(titled(tr("Expected (pact)"), m_expected, splitter));
    splitter->addWidget(titled(tr("Actual (provider)"), m_actual, splitter));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

BodyDiffView::~BodyDiffView() = default;

void BodyDiffView::clear()
{
    m_expected->setCode(QString(), false);
    m_actual->setCode(QString(), false);
    m_expectedPaths.clear();
    m_actualPaths.clear();
}

void BodyDiffView::showBodies(const QByteArray &expected, const QByteArray &actual,
    const QList<VerifierMismatch> &mismatches, const MatchingRules &rules)
{
    QList<VerifierMismatch> body;
    for (const VerifierMismatch &m : mismatches) {
        if (isBodyMismatch(m))
            body.append(m);
    }
    fill(m_expected, &m_expectedPaths, expected, body, rules);
    fill(m_actual, &m_actualPaths, actual, body, rules);
}

void BodyDiffView::fill(DiffCodeView *view, QStringList *linePaths, const QByteArray &bytes,
    const QList<VerifierMismatch> &mismatches, const MatchingRules &rules)
{
    bool json = false;
    const QString text = BodyLines::pretty(bytes, &json);
    view->setCode(text, json);
    *linePaths = json ? BodyLines::linePaths(text) : QStringList();
    if (json)
        view->setAnnotations(annotate(*linePaths, mismatches, rules));
    else if (!mismatches.isEmpty() && !text.isEmpty()) // not JSON: the whole text is the mismatch
        view->setAnnotations({ { 0, DiffCodeView::Annotation::Kind::Mismatch, mismatches.constFirst().description } });
}

QList<DiffCodeView::Annotation> BodyDiffView::annotate(
    const QStringList &linePaths, const QList<VerifierMismatch> &mismatches, const MatchingRules &rules)
{
    using Kind = DiffCodeView::Annotation::Kind;
    QList<DiffCodeView::Annotation> out;
    QSet<int> mismatched;
    for (const VerifierMismatch &m : mismatches) {
        const QString text = mismatchRuleText(m, rules) + QStringLiteral(": ") + m.description;
        for (int line : BodyLines::linesOf(linePaths, m.path)) {
            out.append({ line, Kind::Mismatch, text });
            mismatched.insert(line);
        }
    }
    for (int line = 0; line < linePaths.size(); ++line) {
        if (mismatched.contains(line))
            continue;
        const QString rule = RuleText::at(rules, RuleText::Part::Body, linePaths.at(line));
        if (!rule.isEmpty())
            out.append({ line, Kind::Matched, tr("matched by %1").arg(rule) });
    }
    return out;
}

void BodyDiffView::showPath(const QString &path)
{
    const QList<int> expected = BodyLines::linesOf(m_expectedPaths, path);
    const QList<int> actual = BodyLines::linesOf(m_actualPaths, path);
    if (!expected.isEmpty())
        m_expected->showLine(expected.constFirst());
    if (!actual.isEmpty())
        m_actual->showLine(actual.constFirst());
}

} // namespace Pactbench
