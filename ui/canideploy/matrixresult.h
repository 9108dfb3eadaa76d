// SPDX-License-Identifier: MIT
#pragma once

#include <core/broker/matrix.h>

#include <QColor>
#include <QString>

namespace Pactbench {

/// What a matrix row says about its pact, in the order a sort by result puts them (worst first).
enum class MatrixResult {
    Failed, ///< the verification failed
    NotVerified, ///< no verification by the provider version in question
    Success, ///< verified successfully
    Ignored, ///< taken out of the verdict by an ignore (its own result is in the tooltip)
};

/// The result of one row: Ignored when the broker ignored it, else from its verification.
MatrixResult matrixResult(const MatrixRow &row);
/// The row's verification alone, as if it were not ignored.
MatrixResult verificationResult(const MatrixRow &row);
/// "success", "failed", "not verified", "ignored", translated.
QString matrixResultText(MatrixResult result);
/// The result's colour (always shown beside its words, never alone).
QColor matrixResultColor(MatrixResult result);

} // namespace Pactbench
