#pragma once

// One record as a tree whose untouched parts stay in simdjson's parsed form and whose touched
// parts are materialised into nodes the steps can edit. Internal to the fastconvert module.

#include "canonical_writer.h"
#include "object_shapes.h"
#include "plan.h"

#include <deque>
#include <memory>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <vector>

namespace strata::fastconvert {

enum class NodeKind : uint8_t {
    Parsed,   // still the parser's element
    Constant, // a step's value or a cast's result, as an nlohmann value
    Null,
    Bool,
    Int,
    Uint,
    Double,
    String,
    Object,
    Array,
};

// An element's object or array, by value: iterating a simdjson_result temporary directly
// would leave the loop reading a destroyed temporary.
inline simdjson::dom::object objectOf(simdjson::dom::element element) {
    simdjson::dom::object object = element.get_object().value_unsafe();
    return object;
}

inline simdjson::dom::array arrayOf(simdjson::dom::element element) {
    simdjson::dom::array array = element.get_array().value_unsafe();
    return array;
}

using Field = std::pair<std::string_view, simdjson::dom::element>;

// An object's members in input order, into `fields`: sized once up front (the tape knows the
// count below 2^24 members) instead of growing member by member.
inline void collectFields(simdjson::dom::object object, std::vector<Field>& fields) {
    const size_t count = object.size();
    if (count >= 0xFFFFFF) {
        fields.clear();
        for (simdjson::dom::key_value_pair field : object)
            fields.emplace_back(field.key, field.value);
        return;
    }
    fields.resize(count);
    size_t i = 0;
    for (simdjson::dom::key_value_pair field : object)
        fields[i++] = Field(field.key, field.value);
}

struct Node;

struct Member {
    std::string_view key;
    Node* value;
    std::string_view rendered = {}; // the key as written, `"key":`, when known ahead
};

struct Node {
    NodeKind kind = NodeKind::Null;
    bool boolean = false;
    int64_t integer = 0;
    uint64_t unsignedInteger = 0;
    double number = 0;
    std::string_view text;                     // String
    std::string ownedText;                     // String made by a cast
    simdjson::dom::element parsed;             // Parsed
    const Json* constant = nullptr;            // Constant
    const std::string* constantText = nullptr; // Constant: its compact form, when known
    std::vector<Member> members;               // Object: sorted by key, keys unique
    std::vector<Node*> elements;               // Array
};

// How converting one record ended.
enum class Outcome {
    Converted,
    Failed,         // the record is malformed or a step refuses it
    NeedsReference, // simdjson cannot represent the record faithfully (huge number, depth)
};

// What a plan whose steps all name top-level fields makes of a top level of one shape: the
// output members in canonical order, each from an input member or a step's value, with the
// value steps (casts, enum maps, scale-offset, default-if-null) still to run on the value.
struct RootPlan {
    struct Slot {
        std::string key;
        std::string rendered;                   // `"key":`
        uint32_t input = 0;                     // input position, when `constant` is null
        const CompiledStep* constant = nullptr; // an added field's step
        std::vector<const CompiledStep*> valueSteps;
        mutable const ObjectShape* valueShape = nullptr; // writeParsed's guess for the value
    };
    const std::vector<CompiledStep>* steps = nullptr; // the plan this was made for
    bool fails = false; // a rename or addition refuses every record of this shape
    std::vector<Slot> slots;
    std::vector<Slot> dropped; // dropped after a value step, which may still refuse the record
};

class RecordTree {
public:
    // Parses `record` (followed by simdjson's padding when `padded`), applies the plan's
    // steps and appends the converted record to `out`.
    Outcome convert(const std::vector<CompiledStep>& steps, std::string_view record, bool padded,
                    std::string& out);

private:
    Node* newNode();
    Node* parsedNode(simdjson::dom::element element);
    Node* constantNode(const Json* value, const std::string* text);

    bool isNull(const Node* node) const;
    bool isObject(const Node* node) const;
    bool isArray(const Node* node) const;
    void materialise(Node* node);
    void materialiseParsed(Node* node);
    void materialiseConstant(Node* node);
    Member* find(Node* object, std::string_view key);

    void expand(Node* node, const std::string& suffixes, size_t level, std::vector<Node*>& out);
    void parentObjects(const CompiledStep& step, std::vector<Node*>& out);
    bool applyStep(const CompiledStep& step);
    bool applyToParents(const CompiledStep& step);
    bool applyToValue(const CompiledStep& step, Node* node);
    bool cast(const CompiledStep& step, Node* node);
    bool castInPlace(const DataType& type, Node* node);
    bool castByReference(const DataType& type, Node* node);

    Json toJson(const Node* node) const;
    Json parsedToJson(simdjson::dom::element element) const;

    static bool topLevelOnly(const std::vector<CompiledStep>& steps);
    const RootPlan& rootPlan(const std::vector<CompiledStep>& steps, const ObjectShape& shape);
    Outcome convertByRootPlan(const RootPlan& plan, Output& out);
    bool applyValueStep(const CompiledStep& step, Node*& node);
    Node* runValueSteps(const RootPlan::Slot& slot);

    void write(const Node* node, Output& out);
    // `shape` is the guess for the element's object shape (for an array's, its elements').
    void writeParsed(simdjson::dom::element element, size_t depth, const ObjectShape*& shape,
                     Output& out);

    simdjson::dom::parser m_parser;
    std::vector<std::unique_ptr<Node>> m_pool;
    size_t m_used = 0;
    std::deque<Json> m_castResults; // values made by reference casts for this record
    std::vector<Node*> m_parents, m_next, m_values;
    // writeParsed's per-depth scratch for sorting an object's fields
    std::vector<std::vector<Field>> m_fields;
    std::vector<Field> m_memberScratch;
    ObjectShapes m_shapes;
    std::vector<std::unique_ptr<RootPlan>> m_rootPlans; // indexed by ObjectShape::rootPlan
    std::vector<Node*> m_slotValues;
    std::vector<Field> m_rootFields;
    const ObjectShape* m_rootShape = nullptr; // the last top-level shape

    const std::vector<CompiledStep>* m_stepsSeen = nullptr; // the steps m_topLevelOnly is for
    bool m_topLevelOnly = false;
};

} // namespace strata::fastconvert
