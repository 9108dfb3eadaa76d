// SPDX-License-Identifier: MIT
#include "setfieldcommand.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Pactbench {

SetFieldCommand::SetFieldCommand(PactDocument *document, int index, Field field, const QVariant &value)
    : InteractionCommand(document, index, withField(current(document, index), field, value),
        QCoreApplication::translate("Pactbench::SetFieldCommand", "Edit %1").arg(fieldName(field)),
        QStringLiteral("field:%1").arg(int(field)))
{ }

QString SetFieldCommand::fieldName(Field field)
{
    switch (field) {
    case Field::Description:
        return QCoreApplication::translate("Pactbench::SetFieldCommand", "description");
    case Field::Key:
        return QCoreApplication::translate("Pactbench::SetFieldCommand", "key");
    case Field::Pending:
        return QCoreApplication::translate("Pactbench::SetFieldCommand", "pending");
    case Field::Comments:
        return QCoreApplication::translate("Pactbench::SetFieldCommand", "comments");
    case Field::Method:
        return QCoreApplication::translate("Pactbench::SetFieldCommand", "method");
    case Field::Path:
        return QCoreApplication::translate("Pactbench::SetFieldCommand", "path");
    case Field::Status:
        return QCoreApplication::translate("Pactbench::SetFieldCommand", "status");
    }
    return {};
}

Interaction SetFieldCommand::withField(Interaction interaction, Field field, const QVariant &value)
{
    switch (field) {
    case Field::Description:
        interaction.description = value.toString();
        break;
    case Field::Key:
        interaction.key = value.toString();
        break;
    case Field::Pending:
        interaction.pending = value.toBool();
        break;
    case Field::Comments:
        interaction.comments = value.toJsonObject();
        break;
    case Field::Method:
        interaction.request.method = value.toString();
        break;
    case Field::Path:
        interaction.request.path = value.toString();
        break;
    case Field::Status:
        interaction.response.status = value.toInt();
        break;
    }
    return interaction;
}

} // namespace Pactbench
