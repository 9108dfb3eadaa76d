// SPDX-License-Identifier: MIT
#include "matrixresult.h"

#include <QCoreApplication>

namespace Pactbench {

MatrixResult verificationResult(const MatrixRow &row)
{
    if (!row.success.has_value())
        return MatrixResult::NotVerified;
    return *row.success ? MatrixResult::Success : MatrixResult::Failed;
}

MatrixResult matrixResult(const MatrixRow &row)
{
    return row.ignored ? MatrixResult::Ignored : verificationResult(row);
}

QString matrixResultText(MatrixResult result)
{
    switch (result) {
    case MatrixResult::Success:
        return QCoreApplication::translate("Pactbench::MatrixTableModel", "success");
    case MatrixResult::Failed:
        return QCoreApplication::translate("Pactbench::MatrixTableModel", "failed");
    case MatrixResult::NotVerified:
        return QCoreApplication::translate("Pactbench::MatrixTableModel", "not verified");
    case MatrixResult::Ignored:
        return QCoreApplication::translate("Pactbench::MatrixTableModel", "ignored");
    }
    return {};
}

QColor matrixResultColor(MatrixResult result)
{
    switch (result) {
    case MatrixResult::Success:
        return QColor(0x2e, 0x8b, 0x57);
    case MatrixResult::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case MatrixResult::NotVerified:
        return QColor(0xe6, 0x7e, 0x22);
    case MatrixResult::Ignored:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace Pactbench
