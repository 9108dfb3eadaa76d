// SPDX-License-Identifier: MIT
// The loader on the fixtures in data/: the normalized operations of the Petstore documents (3.0, 3.1, 2.0),
// a JSON document's order and lines, $refs across files, recursive schemas.
#include "specfixtures.h"

#include <QDir>
#include <QJsonArray>

using namespace Pactbench::OpenApi;
using namespace Pactbench::OpenApi::Test;

class TestOpenApiSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void petstore30Operations();
    void petstore30Parameters();
    void petstore30BodiesAndResponses();
    void petstore30Definitions();
    void petstore30Places();
    void petstore31();
    void swagger20Operations();
    void swagger20BodiesAndResponses();
    void jsonDocumentOrderAndLines();
    void splitFiles();
    void cyclicSchemasStayReferences();
    void rootReachedByAnotherSpelling();
};

void TestOpenApiSpec::petstore30Operations()
{
    const Spec spec = loadFixture(u"petstore-3.0.yaml"_qs);
    QCOMPARE(spec.format, SpecFormat::OpenApi30);
    QCOMPARE(spec.title, u"Petstore"_qs);
    QCOMPARE(warningsOf(spec), QStringList());
    QCOMPARE(operationNames(spec),
        (QStringList{ u"get /pets"_qs, u"post /pets"_qs, u"get /pets/{petId}"_qs, u"delete /pets/{petId}"_qs }));
    const Operation &list = spec.operations.at(0);
    QCOMPARE(list.operationId, u"listPets"_qs);
    QCOMPARE(list.fullPaths, (QStringList{ u"/v1/pets"_qs, u"/pets"_qs }));
    QCOMPARE(securitySummary(list.security),
        (QStringList{ u"apiKey:header:x-api-key"_qs, u"bearer:header:authorization:bearer"_qs }));
    QCOMPARE(list.security.at(0).at(0).place.location, u"[root].security[0].apiKey"_qs);
    QCOMPARE(list.security.at(0).at(0).type, u"apiKey"_qs);
    QVERIFY(spec.operations.at(1).security.isEmpty()); // security: []
    const Operation &show = spec.operations.at(2);
    QCOMPARE(securitySummary(show.security), QStringList{ u"oauth:header:authorization+apiKey:header:x-api-key"_qs });
    QCOMPARE(show.security.at(0).at(0).place.location, u"[root].paths./pets/{petId}.get.security[0].oauth"_qs);
}

void TestOpenApiSpec::petstore30Parameters()
{
    const Spec spec = loadFixture(u"petstore-3.0.yaml"_qs);
    const Operation *list = findOperation(spec, u"get"_qs, u"/pets"_qs);
    QVERIFY(list);
    QCOMPARE(parameterSummary(*list),
        (QStringList{ u"limit query optional form explode -"_qs, u"tags query optional form explode -"_qs,
            u"X-Request-Id header required simple - -"_qs }));
    QCOMPARE(compact(list->parameters.at(0).schema), QByteArray(R"({"maximum":100,"minimum":1,"type":"integer"})"));
    QCOMPARE(compact(list->parameters.at(2).schema), QByteArray(R"({"type":"string","x-pb-format":"uuid"})"));
    QCOMPARE(list->parameters.at(0).raw.toObject().value(u"name"_qs).toString(), u"limit"_qs);
    const Operation *show = findOperation(spec, u"get"_qs, u"/pets/{petId}"_qs);
    QCOMPARE(parameterSummary(*show), QStringList{ u"petId path required simple - -"_qs });
    QCOMPARE(compact(show->parameters.at(0).schema),
        QByteArray(R"({"exclusiveMinimum":0,"type":"integer","x-pb-format":"int64"})"));
    QCOMPARE(show->parameters.at(0).place.location, u"[root].paths./pets/{petId}.parameters[0]"_qs);
    // delete overrides the path item's petId (its own schema) and adds a cookie
    const Operation *del = findOperation(spec, u"delete"_qs, u"/pets/{petId}"_qs);
    QCOMPARE(parameterSummary(*del),
        (QStringList{ u"petId path required simple - -"_qs, u"session cookie optional form explode -"_qs }));
    QCOMPARE(compact(del->parameters.at(0).schema), QByteArray(R"({"type":"string","x-pb-pattern":"^[0-9]+$"})"));
    QCOMPARE(del->parameters.at(0).place.location, u"[root].paths./pets/{petId}.delete.parameters[0]"_qs);
}

void TestOpenApiSpec::petstore30BodiesAndResponses()
{
    const Spec spec = loadFixture(u"petstore-3.0.yaml"_qs);
    const Operation &list = spec.operations.at(0);
    QVERIFY(!list.hasRequestBody);
    QCOMPARE(statuses(list), (QStringList{ u"200"_qs, u"default"_qs }));
    QCOMPARE(list.produces, (QStringList{ u"application/json"_qs, u"application/problem+json"_qs }));
    const Response &ok = list.responses.at(0);
    QCOMPARE(ok.description, u"A page of pets"_qs);
    QCOMPARE(ok.headers.size(), 1);
    QCOMPARE(ok.headers.at(0).name, u"X-Next"_qs);
    QCOMPARE(ok.headers.at(0).in, ParamIn::Header);
    QCOMPARE(ok.headers.at(0).style, u"simple"_qs);
    QCOMPARE(compact(ok.headers.at(0).schema), QByteArray(R"({"type":"string","x-pb-format":"uri"})"));
    QCOMPARE(compact(ok.content.at(0).schema), QByteArray(R"({"items":{"$ref":"#/definitions/Pet"},"type":"array"})"));
    QCOMPARE(list.responses.at(1).description, u"An error"_qs);

    const Operation &create = spec.operations.at(1);
    QVERIFY(create.hasRequestBody);
    QVERIFY(create.requestBody.required);
    QCOMPARE(mediaNames(create.requestBody.content),
        (QStringList{ u"application/json"_qs, u"application/x-www-form-urlencoded"_qs }));
    QCOMPARE(create.consumes, mediaNames(create.requestBody.content));
    QVERIFY(create.requestBody.content.at(0).hasSchema);
    QCOMPARE(compact(create.requestBody.content.at(0).schema), QByteArray(R"({"$ref":"#/definitions/NewPet"})"));
    QCOMPARE(statuses(create), (QStringList{ u"201"_qs, u"4XX"_qs }));

    const Operation &show = spec.operations.at(2);
    QCOMPARE(
        show.produces, (QStringList{ u"application/json"_qs, u"application/xml"_qs, u"application/problem+json"_qs }));
    QCOMPARE(statuses(spec.operations.at(3)), QStringList{ u"204"_qs });
    QVERIFY(spec.operations.at(3).produces.isEmpty());
}

void TestOpenApiSpec::petstore30Definitions()
{
    const Spec spec = loadFixture(u"petstore-3.0.yaml"_qs);
    QStringList keys = spec.definitions.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{ u"Category"_qs, u"Error"_qs, u"NewPet"_qs, u"Pet"_qs }));
    const QJsonObject newPet = spec.definitions.value(u"NewPet"_qs).toObject();
    const QJsonObject props = newPet.value(u"properties"_qs).toObject();
    QCOMPARE(compact(props.value(u"tag"_qs)), QByteArray(R"({"type":["string","null"]})"));
    QCOMPARE(compact(props.value(u"format"_qs)),
        QByteArray(R"({"description":"a property called format, not the keyword","type":"string"})"));
    QCOMPARE(compact(props.value(u"pattern"_qs)), QByteArray(R"({"type":"string","x-pb-pattern":"^[a-z]+$"})"));
    const QJsonObject pet = spec.definitions.value(u"Pet"_qs).toObject();
    QCOMPARE(compact(pet.value(u"allOf"_qs).toArray().at(0)), QByteArray(R"({"$ref":"#/definitions/NewPet"})"));
    const QJsonObject petProps = pet.value(u"allOf"_qs).toArray().at(1).toObject().value(u"properties"_qs).toObject();
    QCOMPARE(compact(petProps.value(u"birthday"_qs)),
        QByteArray(R"({"anyOf":[{"allOf":[{"type":"string","x-pb-format":"date"}]},{"type":"null"}]})"));
}

void TestOpenApiSpec::petstore30Places()
{
    const Spec spec = loadFixture(u"petstore-3.0.yaml"_qs);
    const QString file = dataPath(u"petstore-3.0.yaml"_qs);
    const Operation &list = spec.operations.at(0);
    QCOMPARE(list.place.location, u"[root].paths./pets.get"_qs);
    QCOMPARE(list.place.file, file);
    QCOMPARE(list.place.line, lineIn(u"petstore-3.0.yaml"_qs, u"    get:"_qs));
    // a $ref'd parameter: the location where it is used, the line where it is defined
    QCOMPARE(list.parameters.at(0).place.location, u"[root].paths./pets.get.parameters[0]"_qs);
    QCOMPARE(list.parameters.at(0).place.line, lineIn(u"petstore-3.0.yaml"_qs, u"    Limit:"_qs));
    QCOMPARE(list.parameters.at(1).place.line, lineIn(u"petstore-3.0.yaml"_qs, u"        - name: tags"_qs));
    QCOMPARE(list.responses.at(0).place.location, u"[root].paths./pets.get.responses.200"_qs);
    QCOMPARE(list.responses.at(0).place.line, lineIn(u"petstore-3.0.yaml"_qs, u"        '200':"_qs));
    QCOMPARE(list.responses.at(0).content.at(0).place.location,
        u"[root].paths./pets.get.responses.200.content.application/json"_qs);
    QCOMPARE(
        list.responses.at(0).headers.at(0).place.location, u"[root].paths./pets.get.responses.200.headers.X-Next"_qs);
    QCOMPARE(list.responses.at(1).place.location, u"[root].paths./pets.get.responses.default"_qs);
    QCOMPARE(list.responses.at(1).place.line, lineIn(u"petstore-3.0.yaml"_qs, u"    Error:"_qs));
    const Operation &create = spec.operations.at(1);
    QCOMPARE(create.requestBody.place.location, u"[root].paths./pets.post.requestBody"_qs);
    QCOMPARE(create.requestBody.content.at(1).place.location,
        u"[root].paths./pets.post.requestBody.content.application/x-www-form-urlencoded"_qs);
    QCOMPARE(create.requestBody.place.line, lineIn(u"petstore-3.0.yaml"_qs, u"    NewPet:"_qs));
}

void TestOpenApiSpec::petstore31()
{
    const Spec spec = loadFixture(u"petstore-3.1.yaml"_qs);
    QCOMPARE(spec.format, SpecFormat::OpenApi31);
    QCOMPARE(operationNames(spec), (QStringList{ u"get /pets/{id}"_qs, u"put /pets/{id}"_qs })); // not webhooks
    QCOMPARE(spec.operations.at(0).fullPaths, QStringList{ u"/v2/pets/{id}"_qs });
    const Operation &get = spec.operations.at(0);
    QCOMPARE(compact(get.parameters.at(0).schema), QByteArray(R"({"exclusiveMinimum":0,"type":["integer","string"]})"));
    QCOMPARE(compact(get.parameters.at(1).schema),
        QByteArray(R"({"properties":{"color":{"const":"brown"}},"type":"object"})"));
    QCOMPARE(compact(get.responses.at(0).content.at(0).schema),
        QByteArray(R"({"allOf":[{"$ref":"#/definitions/Pet"}],"description":"the pet, with a sibling of $ref"})"));
    const Operation &put = spec.operations.at(1);
    QCOMPARE(compact(put.requestBody.content.at(0).schema), QByteArray("true"));
    QCOMPARE(securitySummary(put.security), QStringList{ u"mtls:unsupported:"_qs });
    QVERIFY(spec.warnings.isEmpty());
    const QJsonObject props = spec.definitions.value(u"Pet"_qs).toObject().value(u"properties"_qs).toObject();
    QCOMPARE(compact(props.value(u"position"_qs)),
        QByteArray(R"({"additionalItems":false,"items":[{"type":"number"},{"type":"number"}],"type":"array"})"));
    QCOMPARE(compact(props.value(u"extra"_qs)), QByteArray("false"));
    const QString ownerRef = props.value(u"owner"_qs).toObject().value(u"$ref"_qs).toString();
    QCOMPARE(ownerRef, u"#/definitions/components_schemas_Pet_defs_Owner"_qs);
    QCOMPARE(compact(spec.definitions.value(u"components_schemas_Pet_defs_Owner"_qs)),
        QByteArray(R"({"properties":{"name":{"type":"string","x-pb-format":"email"}},"type":"object"})"));
}

void TestOpenApiSpec::swagger20Operations()
{
    const Spec spec = loadFixture(u"petstore-2.0.yaml"_qs);
    QCOMPARE(spec.format, SpecFormat::Swagger2);
    QCOMPARE(warningsOf(spec), QStringList());
    QCOMPARE(operationNames(spec), (QStringList{ u"get /pets"_qs, u"post /pets"_qs, u"post /pets/{id}/photo"_qs }));
    const Operation &find = spec.operations.at(0);
    QCOMPARE(find.fullPaths, QStringList{ u"/api/pets"_qs });
    QCOMPARE(parameterSummary(find),
        (QStringList{ u"tags query optional - - csv"_qs, u"status query optional - - pipes"_qs,
            u"limit query optional - - -"_qs, u"X-Trace header optional - - -"_qs }));
    QCOMPARE(compact(find.parameters.at(0).schema),
        QByteArray(R"({"items":{"type":"string","x-pb-pattern":"^[a-z]+$"},"type":"array"})"));
    QCOMPARE(compact(find.parameters.at(2).schema),
        QByteArray(R"({"exclusiveMaximum":100,"type":"integer","x-pb-format":"int32"})"));
    QCOMPARE(compact(find.parameters.at(3).schema), QByteArray(R"({"type":["string","null"]})"));
    QCOMPARE(securitySummary(find.security),
        (QStringList{ u"apiKeyQuery:query:api_key"_qs, u"petAuth:header:authorization"_qs }));
    QCOMPARE(
        securitySummary(spec.operations.at(1).security), QStringList{ u"basicAuth:header:authorization:basic"_qs });
    const Operation &upload = spec.operations.at(2);
    QCOMPARE(upload.fullPaths, QStringList{ u"/api/pets/{id}/photo"_qs });
    QCOMPARE(parameterSummary(upload), QStringList{ u"id path required - - -"_qs });
    QCOMPARE(upload.parameters.at(0).place.location, u"[root].paths./pets/{id}/photo.parameters[0]"_qs);
    QCOMPARE(compact(upload.parameters.at(0).schema), QByteArray(R"({"type":"integer","x-pb-format":"int64"})"));
}

void TestOpenApiSpec::swagger20BodiesAndResponses()
{
    const Spec spec = loadFixture(u"petstore-2.0.yaml"_qs);
    const Operation &find = spec.operations.at(0);
    QVERIFY(!find.hasRequestBody);
    QCOMPARE(find.consumes, QStringList{ u"application/json"_qs });
    QCOMPARE(find.produces, (QStringList{ u"application/json"_qs, u"application/xml"_qs }));
    QCOMPARE(statuses(find), (QStringList{ u"200"_qs, u"default"_qs }));
    const Response &ok = find.responses.at(0);
    QCOMPARE(mediaNames(ok.content), find.produces);
    QCOMPARE(compact(ok.content.at(1).schema), QByteArray(R"({"items":{"$ref":"#/definitions/Pet"},"type":"array"})"));
    QCOMPARE(ok.content.at(0).place.location, u"[root].paths./pets.get.responses.200"_qs);
    QCOMPARE(ok.headers.at(0).name, u"X-Rate-Limit"_qs);
    QCOMPARE(compact(ok.headers.at(0).schema), QByteArray(R"({"type":"integer","x-pb-format":"int32"})"));
    QCOMPARE(compact(find.responses.at(1).content.at(0).schema), QByteArray(R"({"$ref":"#/definitions/Error"})"));

    const Operation &add = spec.operations.at(1);
    QVERIFY(add.hasRequestBody);
    QVERIFY(add.requestBody.required);
    QCOMPARE(mediaNames(add.requestBody.content), (QStringList{ u"application/json"_qs, u"text/json"_qs }));
    QCOMPARE(add.consumes, mediaNames(add.requestBody.content));
    QCOMPARE(compact(add.requestBody.content.at(1).schema), QByteArray(R"({"$ref":"#/definitions/NewPet"})"));
    QCOMPARE(add.requestBody.place.location, u"[root].paths./pets.post.parameters[0]"_qs);

    const Operation &upload = spec.operations.at(2);
    QCOMPARE(mediaNames(upload.requestBody.content), QStringList{ u"multipart/form-data"_qs });
    QVERIFY(upload.requestBody.required);
    QCOMPARE(compact(upload.requestBody.content.at(0).schema),
        QByteArray(R"({"properties":{"caption":{"type":"string"},"file":{}},"required":["caption"],"type":"object"})"));
    QVERIFY(upload.produces.isEmpty()); // produces: [] overrides the document's
    QCOMPARE(mediaNames(upload.responses.at(0).content), QStringList{ QString() });

    QCOMPARE(
        compact(spec.definitions.value(u"NewPet"_qs).toObject().value(u"properties"_qs).toObject().value(u"tag"_qs)),
        QByteArray(R"({"type":["string","null"]})"));
    QStringList keys = spec.definitions.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{ u"Error"_qs, u"NewPet"_qs, u"Pet"_qs }));
}

void TestOpenApiSpec::jsonDocumentOrderAndLines()
{
    const Spec spec = loadFixture(u"orders-3.0.json"_qs);
    QCOMPARE(operationNames(spec), (QStringList{ u"put /orders/{id}"_qs, u"get /orders/{id}"_qs, u"post /orders"_qs }));
    QCOMPARE(statuses(spec.operations.at(0)), (QStringList{ u"404"_qs, u"200"_qs }));
    QCOMPARE(spec.operations.at(0).place.line, 6);
    QCOMPARE(spec.operations.at(0).parameters.at(0).place.line, 8);
    QCOMPARE(spec.operations.at(0).responses.at(1).place.line, 11);
    QCOMPARE(compact(spec.definitions.value(u"Order"_qs)),
        QByteArray(R"({"properties":{"total":{"exclusiveMinimum":0,"type":"number"}},"type":"object"})"));
}

void TestOpenApiSpec::splitFiles()
{
    const Spec spec = loadFixture(u"split/root.yaml"_qs);
    QCOMPARE(warningsOf(spec), QStringList());
    QCOMPARE(operationNames(spec), (QStringList{ u"get /things/{id}"_qs, u"get /others"_qs }));
    const Operation &thing = spec.operations.at(0);
    QCOMPARE(thing.place.location, u"[root].paths./things/{id}.get"_qs);
    QCOMPARE(thing.place.file, dataPath(u"split/paths/thing.yaml"_qs));
    QCOMPARE(thing.place.line, 3);
    QCOMPARE(thing.parameters.at(0).name, u"id"_qs);
    QCOMPARE(thing.parameters.at(0).place.file, dataPath(u"split/parameters.yaml"_qs));
    QCOMPARE(thing.parameters.at(0).place.location, u"[root].paths./things/{id}.parameters[0]"_qs);
    QCOMPARE(
        compact(thing.parameters.at(0).schema), QByteArray(R"({"$ref":"#/definitions/thing.json_definitions_Id"})"));
    QCOMPARE(compact(spec.definitions.value(u"thing.json_definitions_Id"_qs)),
        QByteArray(R"({"type":"string","x-pb-pattern":"^[0-9a-f]+$"})"));
    // the root's component (a $ref to a whole file) keeps its name; the file gets a key of its own
    QCOMPARE(compact(thing.responses.at(0).content.at(0).schema), QByteArray(R"({"$ref":"#/definitions/Thing"})"));
    QCOMPARE(compact(spec.definitions.value(u"Thing"_qs)), QByteArray(R"({"$ref":"#/definitions/thing.json"})"));
    const QJsonObject props = spec.definitions.value(u"thing.json"_qs).toObject().value(u"properties"_qs).toObject();
    QCOMPARE(compact(props.value(u"parent"_qs)), QByteArray(R"({"$ref":"#/definitions/thing.json"})"));
    const QString weird = props.value(u"weird key"_qs).toObject().value(u"$ref"_qs).toString();
    QCOMPARE(compact(spec.definitions.value(weird.mid(14))), QByteArray(R"({"type":"boolean"})"));
    // a parameter reached through a $ref to a $ref; a response from a third file whose schema is relative to it
    const Operation &others = spec.operations.at(1);
    QCOMPARE(parameterSummary(others), QStringList{ u"page query optional form explode -"_qs });
    QCOMPARE(others.responses.at(0).place.file, dataPath(u"split/responses.yaml"_qs));
    QCOMPARE(compact(others.responses.at(0).content.at(0).schema),
        QByteArray(R"({"items":{"$ref":"#/definitions/thing.json"},"type":"array"})"));
}

void TestOpenApiSpec::cyclicSchemasStayReferences()
{
    const Spec spec = loadFixture(u"petstore-3.0.yaml"_qs);
    const QJsonObject category = spec.definitions.value(u"Category"_qs).toObject();
    QCOMPARE(compact(category.value(u"properties"_qs).toObject().value(u"children"_qs)),
        QByteArray(R"({"items":{"$ref":"#/definitions/Category"},"type":"array"})"));
    // schemas that are nothing but $refs to each other accept anything, with a warning
    const std::optional<Spec> loops = loadInline(R"(openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/A'}
components:
  schemas:
    A: {$ref: '#/components/schemas/B'}
    B: {$ref: '#/components/schemas/A'}
)");
    QVERIFY(loops);
    QCOMPARE(loops->warnings.size(), 1);
    QVERIFY(loops->warnings.at(0).message.contains(u"$ref cycle"_qs));
}

void TestOpenApiSpec::rootReachedByAnotherSpelling()
{
    // split/paths/thing.yaml refers to ../root.yaml: the root read once, whatever spelling it was loaded by
    const QString spelled = QDir::current().relativeFilePath(dataPath(u"split/paths/../root.yaml"_qs));
    SpecError error;
    const std::optional<Spec> spec = loadSpecFile(spelled, &error);
    QVERIFY2(spec, qPrintable(error.toString()));
    QCOMPARE(spec->file, spelled);
    QCOMPARE(compact(spec->operations.at(0).responses.at(0).content.at(0).schema),
        QByteArray(R"({"$ref":"#/definitions/Thing"})"));
    QVERIFY(!spec->definitions.contains(u"root.yaml_components_schemas_Thing"_qs));
}

QTEST_APPLESS_MAIN(TestOpenApiSpec)
#include "tst_openapispec.moc"
