// SPDX-License-Identifier: MIT
#include "commands.h"

#include <QCommandLineParser>

namespace Pactbench::Cli {

int parseArguments(QCommandLineParser &parser, const QStringList &arguments, Io &io, int minPositional,
                   int maxPositional, bool shortHelp)
{
    const QCommandLineOption help(shortHelp ? QStringList{QStringLiteral("h"), QStringLiteral("help")}
                                            : QStringList{QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        io.err << arguments.value(0) << ": " << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        // helpText() names the program from QCoreApplication; show the sub-command instead.
        const QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral("[options]"));
        io.out << "Usage: " << arguments.value(0) << ' ' << (options >= 0 ? text.mid(options) : text) << '\n';
        return Success;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        io.err << arguments.value(0) << ": expected "
               << (minPositional == maxPositional ? QString::number(minPositional)
                                                  : QStringLiteral("%1 or more").arg(minPositional))
               << " argument(s), got " << n << "; see --help\n";
        return Usage;
    }
    return -1;
}

} // namespace Pactbench::Cli
