// SPDX-License-Identifier: MIT
#include "gherkin.h"

#include <QFile>
#include <QRegularExpression>

namespace Pactbench::Compat {

namespace {

const QStringList stepKeywords{ QStringLiteral("Given"), QStringLiteral("When"), QStringLiteral("Then"),
    QStringLiteral("And"), QStringLiteral("But"), QStringLiteral("*") };

/// One table row "| a | b\|c |" into its cells (\| \\ \n unescaped, cells trimmed).
QStringList tableCells(const QString &line)
{
    QStringList cells;
    QString cell;
    const QString body = line.trimmed().mid(1);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == u'\\' && i + 1 < body.size()) {
            const QChar n = body.at(++i);
            cell += n == u'n' ? QChar(u'\n') : n;
        } else if (c == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    return cells;
}

QString replacePlaceholders(QString text, const QStringList &names, const QStringList &values)
{
    for (qsizetype i = 0; i < names.size() && i < values.size(); ++i)
        text.replace(u'<' + names.at(i) + u'>', values.at(i));
    return text;
}

class Parser
{
public:
    Parser(const QString &text, const QString &file) : m_lines(text.split(u'\n')), m_file(file)
    {
        m_result.feature.file = file;
    }

    ParseResult run()
    {
        for (m_index = 0; m_index < m_lines.size() && m_result.ok(); ++m_index)
            parseLine(m_lines.at(m_index).trimmed());
        flushScenario();
        return m_result;
    }

private:
    enum class Section { None, Background, Scenario, Outline, Examples };

    void fail(const QString &reason)
    {
        if (m_result.ok())
            m_result.error = m_file + u':' + QString::number(m_index + 1) + QStringLiteral(": ") + reason;
    }

    void parseLine(const QString &line)
    {
        if (line.isEmpty() || line.startsWith(u'#'))
            return;
        if (line.startsWith(u'@')) {
            for (const QString &tag : line.split(u' ', Qt::SkipEmptyParts))
                m_pendingTags.append(tag.mid(1));
        } else if (line.startsWith(QLatin1String("Feature:"))) {
            m_result.feature.name = line.mid(8).trimmed();
            m_result.feature.tags = takeTags();
        } else if (line.startsWith(QLatin1String("Background:"))) {
            startSection(Section::Background, {});
        } else if (line.startsWith(QLatin1String("Scenario Outline:"))
            || line.startsWith(QLatin1String("Scenario Template:"))) {
            startSection(Section::Outline, line.mid(line.indexOf(u':') + 1).trimmed());
        } else if (line.startsWith(QLatin1String("Scenario:")) || line.startsWith(QLatin1String("Example:"))) {
            startSection(Section::Scenario, line.mid(line.indexOf(u':') + 1).trimmed());
        } else if (line.startsWith(QLatin1String("Examples:")) || line.startsWith(QLatin1String("Scenarios:"))) {
            startExamples();
        } else if (line.startsWith(u'|')) {
            addTableRow(tableCells(line));
        } else if (line.startsWith(QLatin1String("\"\"\"")) || line.startsWith(QLatin1String("```"))) {
            readDocString(line.left(3));
        } else {
            addStep(line); // other text is a description
        }
    }

    static bool isStepLine(const QString &line)
    {
        for (const QString &k : stepKeywords) {
            if (line.startsWith(k + u' '))
                return true;
        }
        return false;
    }

    bool addStep(const QString &line)
    {
        if (!isStepLine(line))
            return false;
        if (m_section == Section::None || m_section == Section::Examples) {
            fail(QStringLiteral("step outside a scenario"));
            return true;
        }
        const qsizetype space = line.indexOf(u' ');
        Step step{ line.left(space), line.mid(space + 1).trimmed(), {}, {}, false, int(m_index + 1) };
        currentSteps().append(step);
        return true;
    }

    QList<Step> &currentSteps() { return m_section == Section::Background ? m_background : m_current.steps; }

    void addTableRow(const QStringList &cells)
    {
        if (m_section == Section::Examples) {
            m_examples.append(cells);
            return;
        }
        if (currentSteps().isEmpty())
            return fail(QStringLiteral("table without a step"));
        currentSteps().last().table.append(cells);
    }

    void readDocString(const QString &fence)
    {
        if (currentSteps().isEmpty())
            return fail(QStringLiteral("doc string without a step"));
        const QString opening = m_lines.at(m_index);
        const qsizetype indent = opening.indexOf(fence);
        QStringList text;
        for (++m_index; m_index < m_lines.size(); ++m_index) {
            const QString raw = m_lines.at(m_index);
            if (raw.trimmed() == fence) {
                Step &step = currentSteps().last();
                step.docString = text.join(u'\n');
                step.hasDocString = true;
                return;
            }
            qsizetype cut = 0;
            while (cut < indent && cut < raw.size() && raw.at(cut).isSpace())
                ++cut;
            text.append(raw.mid(cut).replace(QStringLiteral("\\\"\\\"\\\""), QStringLiteral("\"\"\"")));
        }
        fail(QStringLiteral("unterminated doc string"));
    }

    QStringList takeTags()
    {
        QStringList tags = m_pendingTags;
        m_pendingTags.clear();
        return tags;
    }

    void startSection(Section section, const QString &name)
    {
        flushScenario();
        m_section = section;
        if (section == Section::Background)
            return;
        m_current = Scenario{ name, m_result.feature.tags + takeTags(), {}, int(m_index + 1) };
    }

    void startExamples()
    {
        if (m_section != Section::Outline && m_section != Section::Examples)
            return fail(QStringLiteral("Examples outside a Scenario Outline"));
        if (m_section == Section::Outline)
            m_current.steps = m_background + m_current.steps;
        flushExamples();
        m_section = Section::Examples;
        m_exampleTags = takeTags();
    }

    void flushExamples()
    {
        if (m_examples.size() < 2) {
            m_examples.clear();
            return;
        }
        const QStringList names = m_examples.first();
        for (qsizetype row = 1; row < m_examples.size(); ++row)
            m_result.feature.scenarios.append(expand(names, m_examples.at(row), int(row)));
        m_examples.clear();
    }

    Scenario expand(const QStringList &names, const QStringList &values, int row) const
    {
        Scenario s = m_current;
        s.name = replacePlaceholders(s.name, names, values) + QStringLiteral(" (example %1)").arg(row);
        s.tags += m_exampleTags;
        for (Step &step : s.steps) {
            step.text = replacePlaceholders(step.text, names, values);
            step.docString = replacePlaceholders(step.docString, names, values);
            for (QStringList &cells : step.table) {
                for (QString &cell : cells)
                    cell = replacePlaceholders(cell, names, values);
            }
        }
        return s;
    }

    void flushScenario()
    {
        if (m_section == Section::Scenario) {
            m_current.steps = m_background + m_current.steps;
            m_result.feature.scenarios.append(m_current);
        } else if (m_section == Section::Examples) {
            flushExamples();
        } else if (m_section == Section::Outline) {
            fail(QStringLiteral("Scenario Outline without Examples"));
        }
        m_section = Section::None;
    }

    QStringList m_lines;
    QString m_file;
    qsizetype m_index = 0;
    ParseResult m_result;
    Section m_section = Section::None;
    QList<Step> m_background;
    Scenario m_current;
    QStringList m_pendingTags;
    QStringList m_exampleTags;
    DataTable m_examples;
};

} // namespace

ParseResult parseGherkin(const QString &text, const QString &file)
{
    return Parser(text, file).run();
}

ParseResult parseGherkinFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult r;
        r.error = path + QStringLiteral(": cannot read: ") + file.errorString();
        return r;
    }
    return parseGherkin(QString::fromUtf8(file.readAll()), path);
}

} // namespace Pactbench::Compat
