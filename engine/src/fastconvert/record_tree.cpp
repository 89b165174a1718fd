#include "record_tree.h"

#include "canonical_writer.h"
#include "strata/convert/converter.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

namespace strata::fastconvert {

using simdjson::dom::element;
using simdjson::dom::element_type;

namespace {

bool lessKey(const Member& m, std::string_view key) {
    return keyLess(m.key, key);
}

} // namespace

Node* RecordTree::newNode() {
    if (m_used == m_pool.size())
        m_pool.push_back(std::make_unique<Node>());
    Node* node = m_pool[m_used++].get();
    node->members.clear();
    node->elements.clear();
    node->constantText = nullptr;
    return node;
}

Node* RecordTree::parsedNode(element value) {
    Node* node = newNode();
    node->kind = NodeKind::Parsed;
    node->parsed = value;
    return node;
}

Node* RecordTree::constantNode(const Json* value, const std::string* text) {
    Node* node = newNode();
    node->kind = NodeKind::Constant;
    node->constant = value;
    node->constantText = text;
    return node;
}

bool RecordTree::isNull(const Node* node) const {
    switch (node->kind) {
    case NodeKind::Parsed:
        return node->parsed.type() == element_type::NULL_VALUE;
    case NodeKind::Constant:
        return node->constant->is_null();
    default:
        return node->kind == NodeKind::Null;
    }
}

bool RecordTree::isObject(const Node* node) const {
    switch (node->kind) {
    case NodeKind::Parsed:
        return node->parsed.type() == element_type::OBJECT;
    case NodeKind::Constant:
        return node->constant->is_object();
    default:
        return node->kind == NodeKind::Object;
    }
}

bool RecordTree::isArray(const Node* node) const {
    switch (node->kind) {
    case NodeKind::Parsed:
        return node->parsed.type() == element_type::ARRAY;
    case NodeKind::Constant:
        return node->constant->is_array();
    default:
        return node->kind == NodeKind::Array;
    }
}

void RecordTree::materialise(Node* node) {
    if (node->kind == NodeKind::Parsed || node->kind == NodeKind::Constant) {
        node->members.clear();
        node->elements.clear();
    }
    if (node->kind == NodeKind::Parsed)
        materialiseParsed(node);
    else if (node->kind == NodeKind::Constant)
        materialiseConstant(node);
}

void RecordTree::materialiseParsed(Node* node) {
    element value = node->parsed;
    switch (value.type()) {
    case element_type::OBJECT: {
        node->kind = NodeKind::Object;
        collectFields(objectOf(value), m_memberScratch);
        if (const ObjectShape* shape = m_shapes.find(m_memberScratch)) {
            for (size_t slot = 0; slot < shape->order.size(); ++slot) {
                const uint32_t at = shape->order[slot];
                node->members.push_back({shape->keys[at], parsedNode(m_memberScratch[at].second),
                                         shape->rendered[slot]});
            }
            return;
        }
        // more distinct shapes than the cache keeps: sort this object on its own
        bool sorted = true;
        for (const auto& [key, child] : m_memberScratch) {
            if (!node->members.empty() && !keyLess(node->members.back().key, key))
                sorted = false;
            node->members.push_back({key, parsedNode(child)});
        }
        if (!sorted) {
            // nlohmann keeps the last of duplicate keys.
            std::vector<Member>& members = node->members;
            sortByKey(members, [](const Member& m) { return m.key; });
            size_t kept = 0;
            for (size_t i = 0; i < members.size(); ++i) {
                if (i + 1 < members.size() && members[i + 1].key == members[i].key)
                    continue;
                members[kept++] = members[i];
            }
            members.resize(kept);
        }
        return;
    }
    case element_type::ARRAY:
        node->kind = NodeKind::Array;
        for (element child : arrayOf(value))
            node->elements.push_back(parsedNode(child));
        return;
    case element_type::STRING:
        node->kind = NodeKind::String;
        node->text = value.get_string().value_unsafe();
        return;
    case element_type::INT64:
        node->kind = NodeKind::Int;
        node->integer = value.get_int64().value_unsafe();
        return;
    case element_type::UINT64:
        node->kind = NodeKind::Uint;
        node->unsignedInteger = value.get_uint64().value_unsafe();
        return;
    case element_type::DOUBLE:
        node->kind = NodeKind::Double;
        node->number = value.get_double().value_unsafe();
        return;
    case element_type::BOOL:
        node->kind = NodeKind::Bool;
        node->boolean = value.get_bool().value_unsafe();
        return;
    case element_type::NULL_VALUE:
        node->kind = NodeKind::Null;
        return;
    }
}

void RecordTree::materialiseConstant(Node* node) {
    const Json& value = *node->constant;
    switch (value.type()) {
    case Json::value_t::object:
        node->kind = NodeKind::Object;
        for (const auto& [key, member] : value.items())
            node->members.push_back({key, constantNode(&member, nullptr)});
        return;
    case Json::value_t::array:
        node->kind = NodeKind::Array;
        for (const Json& child : value)
            node->elements.push_back(constantNode(&child, nullptr));
        return;
    case Json::value_t::string:
        node->kind = NodeKind::String;
        node->text = value.get_ref<const std::string&>();
        return;
    case Json::value_t::number_integer:
        node->kind = NodeKind::Int;
        node->integer = value.get<int64_t>();
        return;
    case Json::value_t::number_unsigned:
        node->kind = NodeKind::Uint;
        node->unsignedInteger = value.get<uint64_t>();
        return;
    case Json::value_t::number_float:
        node->kind = NodeKind::Double;
        node->number = value.get<double>();
        return;
    case Json::value_t::boolean:
        node->kind = NodeKind::Bool;
        node->boolean = value.get<bool>();
        return;
    default:
        node->kind = NodeKind::Null;
        return;
    }
}

Member* RecordTree::find(Node* object, std::string_view key) {
    auto it = std::lower_bound(object->members.begin(), object->members.end(), key, lessKey);
    return it != object->members.end() && it->key == key ? &*it : nullptr;
}

// Mirrors the reference's expansion: nulls and values of the wrong shape yield nothing.
void RecordTree::expand(Node* node, const std::string& suffixes, size_t level,
                        std::vector<Node*>& out) {
    if (isNull(node))
        return;
    if (level == suffixes.size()) {
        out.push_back(node);
        return;
    }
    if (suffixes[level] == '[' && isArray(node)) {
        materialise(node);
        for (Node* child : node->elements)
            expand(child, suffixes, level + 1, out);
    } else if (suffixes[level] == '{' && isObject(node)) {
        materialise(node);
        for (Member& member : node->members)
            expand(member.value, suffixes, level + 1, out);
    }
}

void RecordTree::parentObjects(const CompiledStep& step, std::vector<Node*>& out) {
    out.clear();
    out.push_back(m_pool[0].get());
    for (size_t i = 0; i + 1 < step.segments.size(); ++i) {
        m_next.clear();
        for (Node* parent : out) {
            if (!isObject(parent))
                continue;
            materialise(parent);
            if (Member* member = find(parent, step.segments[i].name))
                expand(member->value, step.segments[i].suffixes, 0, m_next);
        }
        out.swap(m_next);
    }
    std::erase_if(out, [this](Node* node) { return !isObject(node); });
    for (Node* parent : out)
        materialise(parent);
}

bool RecordTree::applyToParents(const CompiledStep& step) {
    const std::string& name = step.name();
    for (Node* parent : m_parents) {
        std::vector<Member>& members = parent->members;
        auto it = std::lower_bound(members.begin(), members.end(), name, lessKey);
        bool present = it != members.end() && it->key == name;
        switch (step.kind) {
        case StepKind::Rename: {
            const std::string& newName = step.source->newName;
            if (!present || find(parent, newName))
                return false;
            Node* value = it->value;
            members.erase(it);
            auto at = std::lower_bound(members.begin(), members.end(), newName, lessKey);
            members.insert(at, {newName, value, step.renderedNewName});
            break;
        }
        case StepKind::AddWithDefault:
            if (present)
                return false;
            members.insert(it,
                           {name, constantNode(step.value, &step.valueText), step.renderedName});
            break;
        case StepKind::Drop:
            if (present)
                members.erase(it);
            break;
        default:
            break;
        }
    }
    return true;
}

bool RecordTree::applyStep(const CompiledStep& step) {
    if (step.noop)
        return true;
    parentObjects(step, m_parents);
    if (step.structural)
        return applyToParents(step);
    if (step.onParents) {
        for (Node* parent : m_parents) {
            Member* member = find(parent, step.name());
            if (member && isNull(member->value))
                member->value = constantNode(step.value, &step.valueText);
        }
        return true;
    }
    m_values.clear();
    for (Node* parent : m_parents)
        if (Member* member = find(parent, step.name()))
            expand(member->value, step.lastSuffixes(), 0, m_values);
    for (Node* value : m_values)
        if (!applyToValue(step, value))
            return false;
    return true;
}

bool RecordTree::applyToValue(const CompiledStep& step, Node* node) {
    switch (step.kind) {
    case StepKind::Cast:
        return cast(step, node);
    case StepKind::MapEnum: {
        materialise(node);
        if (node->kind != NodeKind::String)
            return true;
        auto it = std::lower_bound(step.symbols.begin(), step.symbols.end(), node->text,
                                   [](const std::pair<std::string, std::string>& s,
                                      std::string_view v) { return s.first < v; });
        if (it != step.symbols.end() && it->first == node->text)
            node->text = it->second;
        return true;
    }
    case StepKind::ScaleOffset: {
        materialise(node);
        double value = 0;
        if (node->kind == NodeKind::Int)
            value = double(node->integer);
        else if (node->kind == NodeKind::Uint)
            value = double(node->unsignedInteger);
        else if (node->kind == NodeKind::Double)
            value = node->number;
        else
            return false;
        node->kind = NodeKind::Double;
        node->number = value * step.source->scale + step.source->offset;
        return true;
    }
    default:
        return true;
    }
}

bool RecordTree::cast(const CompiledStep& step, Node* node) {
    if (castInPlace(*step.source->toType, node))
        return true;
    switch (step.source->onError) {
    case OnError::Null:
        node->kind = NodeKind::Null;
        node->members.clear();
        node->elements.clear();
        return true;
    case OnError::Default:
        node->members.clear();
        node->elements.clear();
        node->kind = NodeKind::Constant;
        node->constant = step.value;
        node->constantText = &step.valueText;
        return true;
    case OnError::Fail:
        return false;
    }
    return false;
}

Json RecordTree::parsedToJson(element value) const {
    switch (value.type()) {
    case element_type::OBJECT: {
        Json object = Json::object();
        for (simdjson::dom::key_value_pair field : objectOf(value))
            object[std::string(field.key)] = parsedToJson(field.value);
        return object;
    }
    case element_type::ARRAY: {
        Json array = Json::array();
        for (element child : arrayOf(value))
            array.push_back(parsedToJson(child));
        return array;
    }
    case element_type::STRING:
        return std::string(value.get_string().value_unsafe());
    case element_type::INT64:
        return value.get_int64().value_unsafe();
    case element_type::UINT64:
        return value.get_uint64().value_unsafe();
    case element_type::DOUBLE:
        return value.get_double().value_unsafe();
    case element_type::BOOL:
        return value.get_bool().value_unsafe();
    case element_type::NULL_VALUE:
        return nullptr;
    }
    return nullptr;
}

Json RecordTree::toJson(const Node* node) const {
    switch (node->kind) {
    case NodeKind::Parsed:
        return parsedToJson(node->parsed);
    case NodeKind::Constant:
        return *node->constant;
    case NodeKind::Null:
        return nullptr;
    case NodeKind::Bool:
        return node->boolean;
    case NodeKind::Int:
        return node->integer;
    case NodeKind::Uint:
        return node->unsignedInteger;
    case NodeKind::Double:
        return node->number;
    case NodeKind::String:
        return std::string(node->text);
    case NodeKind::Object: {
        Json object = Json::object();
        for (const Member& member : node->members)
            object[std::string(member.key)] = toJson(member.value);
        return object;
    }
    case NodeKind::Array: {
        Json array = Json::array();
        for (const Node* child : node->elements)
            array.push_back(toJson(child));
        return array;
    }
    }
    return nullptr;
}

Outcome RecordTree::convert(const std::vector<CompiledStep>& steps, std::string_view record,
                            bool padded, std::string& out) {
    // nlohmann skips a byte order mark at the very start of its input and reads a NUL byte
    // as the end of its input. JSON that simdjson accepts holds no NUL byte (not even in a
    // string, where control characters must be escaped), so only a refused record is looked
    // at again up to its first NUL.
    if (record.starts_with("\xEF\xBB\xBF"))
        record.remove_prefix(3);
    element root;
    simdjson::error_code error = m_parser.parse(record.data(), record.size(), !padded).get(root);
    if (error) {
        if (const void* nul = std::memchr(record.data(), 0, record.size())) {
            record = record.substr(0, size_t(static_cast<const char*>(nul) - record.data()));
            error = m_parser.parse(record.data(), record.size(), !padded).get(root);
        }
    }
    if (error == simdjson::NUMBER_ERROR || error == simdjson::DEPTH_ERROR ||
        error == simdjson::NUMBER_OUT_OF_RANGE)
        return Outcome::NeedsReference;
    if (error || root.type() != element_type::OBJECT)
        return Outcome::Failed;

    m_used = 0;
    m_castResults.clear();
    if (m_fields.empty())
        m_fields.resize(simdjson::DEFAULT_MAX_DEPTH + 1);
    // grows when needed; every byte reserved here is zero-filled first
    const size_t expected = record.size() + record.size() / 4 + 64;
    if (m_stepsSeen != &steps) {
        m_stepsSeen = &steps;
        m_topLevelOnly = topLevelOnly(steps);
    }
    if (m_topLevelOnly) {
        collectFields(objectOf(root), m_rootFields);
        if (const ObjectShape* shape = m_shapes.find(m_rootFields, m_rootShape)) {
            Output output(out, expected);
            const Outcome outcome = convertByRootPlan(rootPlan(steps, *shape), output);
            output.finish();
            return outcome;
        }
    }
    parsedNode(root);
    for (const CompiledStep& step : steps)
        if (!applyStep(step))
            return Outcome::Failed;
    Output output(out, expected);
    write(m_pool[0].get(), output);
    output.finish();
    return Outcome::Converted;
}

} // namespace strata::fastconvert
