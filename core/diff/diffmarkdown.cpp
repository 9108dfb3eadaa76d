// SPDX-License-Identifier: MIT
#include "diffformat.h"

namespace Pactbench::Diff {

namespace {

/// Text safe inside a Markdown table cell.
QString cell(const QString &text, int limit = 120)
{
    QString s = text.size() > limit ? text.left(limit - 1) + u'…' : text;
    s.replace(u'\\', u"\\\\"_qs).replace(u'|', u"\\|"_qs).replace(u'\n', u' ').replace(u'<', u"&lt;"_qs);
    return s;
}

QString code(const QString &text)
{
    return text.isEmpty() ? QString() : u'`' + cell(text, 80).replace(u'`', u'\'') + u'`';
}

QString row(const InteractionDiff &d, const Change &c)
{
    QString what = cell(d.description, 60);
    if (d.status != ChangeStatus::Changed)
        what += u" (" + changeStatusName(d.status) + u')';
    const QString where = c.path.isEmpty() ? code(c.part) : code(c.part) + u' ' + code(c.path);
    const bool values = !c.oldValue.isUndefined() || !c.newValue.isUndefined();
    const QString change = values ? code(valueText(c.oldValue)) + u" → "_qs + code(valueText(c.newValue)) : QString();
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(impactName(c.impact), what, where, cell(c.reason), change);
}

QString table(const PactDiff &diff, const QList<Impact> &levels)
{
    QString out = QStringLiteral("| impact | interaction | where | why | old → new |\n|---|---|---|---|---|\n");
    for (Impact level : levels) {
        for (const InteractionDiff &d : diff.interactions) {
            for (const Change &c : d.changes) {
                if (c.impact == level)
                    out += row(d, c);
            }
        }
    }
    return out;
}

} // namespace

QString formatMarkdown(const PactDiff &diff)
{
    const Impact max = diff.maxImpact();
    const QString icon = max == Impact::Breaking ? u"🔴"_qs : max == Impact::Review ? u"🟠"_qs : u"🟢"_qs;
    QString out = QStringLiteral("### %1 Pact diff %2 → %3: **%4**\n\n%5 breaking · %6 review · %7 safe · %8 cosmetic · %9 interaction(s) unchanged\n\n")
                      .arg(icon, cell(diff.newConsumer), cell(diff.newProvider), impactName(max))
                      .arg(diff.count(Impact::Breaking)).arg(diff.count(Impact::Review)).arg(diff.count(Impact::Safe))
                      .arg(diff.count(Impact::Cosmetic)).arg(diff.unchangedCount);
    const int urgent = diff.count(Impact::Breaking) + diff.count(Impact::Review);
    if (urgent > 0)
        out += table(diff, {Impact::Breaking, Impact::Review}) + u'\n';
    const int rest = diff.count(Impact::Safe) + diff.count(Impact::Cosmetic);
    if (rest > 0)
        out += QStringLiteral("<details><summary>%1 safe and cosmetic change(s)</summary>\n\n").arg(rest)
            + table(diff, {Impact::Safe, Impact::Cosmetic}) + u"\n</details>\n"_qs;
    if (urgent == 0 && rest == 0)
        out += QStringLiteral("No differences that matter to verification.\n");
    return out;
}

} // namespace Pactbench::Diff
