#include "findingtext.h"

#include "bridge.h"

#include <functional>
#include <unordered_map>

namespace strata::qt {

namespace {

// Parameter lookup that remembers whether any name was missing.
class Params {
public:
    explicit Params(const Finding& finding)
        : m_finding(finding) {}
    QString operator()(const char* name) {
        const auto it = m_finding.params.find(name);
        if (it == m_finding.params.end()) {
            m_complete = false;
            return {};
        }
        return toQString(it->second);
    }
    bool complete() const { return m_complete; }

private:
    const Finding& m_finding;
    bool m_complete = true;
};

using Sentence = std::function<QString(Params&)>;

const std::unordered_map<std::string, Sentence>& sentences() {
    static const std::unordered_map<std::string, Sentence> table = {
        {"field-filled-by-default",
         [](Params& p) {
             return FindingText::tr("Reader field '%1' is absent from the writer and is filled "
                                    "with its default %2.")
                 .arg(p("field"), p("default"));
         }},
        {"field-missing-no-default",
         [](Params& p) {
             return FindingText::tr("Reader field '%1' is absent from the writer and has no "
                                    "default.")
                 .arg(p("field"));
         }},
        {"field-matched-by-alias",
         [](Params& p) {
             return FindingText::tr("Reader field '%1' reads writer field '%2' through its alias.")
                 .arg(p("field"), p("writer_field"));
         }},
        {"field-skipped",
         [](Params& p) {
             return FindingText::tr("Writer field '%1' is unknown to the reader and is skipped.")
                 .arg(p("field"));
         }},
        {"nullable-to-required",
         [](Params&) {
             return FindingText::tr("The writer allows null here but the reader requires a "
                                    "value.");
         }},
        {"lossy-promotion",
         [](Params& p) {
             return FindingText::tr("Promoting %1 to %2 can lose precision.")
                 .arg(p("from"), p("to"));
         }},
        {"numeric-narrowing",
         [](Params& p) {
             return FindingText::tr("The writer's %1 cannot be read as %2 (narrowing is never "
                                    "implicit).")
                 .arg(p("writer_type"), p("reader_type"));
         }},
        {"type-mismatch",
         [](Params& p) {
             return FindingText::tr("The writer's %1 cannot be read as %2.")
                 .arg(p("writer_type"), p("reader_type"));
         }},
        {"decimal-narrowing",
         [](Params& p) {
             return FindingText::tr("The writer's %1 does not fit the reader's %2 (integer "
                                    "digits or scale would be cut).")
                 .arg(p("writer_type"), p("reader_type"));
         }},
        {"named-type-renamed",
         [](Params& p) {
             const QString kind = p("kind") == QLatin1String("struct") ? FindingText::tr("Struct")
                                                                       : FindingText::tr("Enum");
             return FindingText::tr("%1 '%2' is named '%3' by the reader: harmless for stores "
                                    "that resolve by structure, breaking for Avro unless the "
                                    "reader declares '%2' as an alias.")
                 .arg(kind, p("writer_name"), p("reader_name"));
         }},
        {"enum-symbol-to-default",
         [](Params& p) {
             return FindingText::tr("Writer symbol '%1' is unknown to the reader and reads as "
                                    "its enum default '%2'.")
                 .arg(p("symbol"), p("default"));
         }},
        {"enum-symbol-unknown",
         [](Params& p) {
             return FindingText::tr("Writer symbol '%1' is unknown to the reader, whose enum "
                                    "declares no default.")
                 .arg(p("symbol"));
         }},
        {"unresolved-reference",
         [](Params& p) {
             return FindingText::tr("The reference to %1 cannot be resolved.").arg(p("reference"));
         }},
        {"foreign-key-column-missing",
         [](Params& p) {
             return FindingText::tr("Foreign key %1 references column '%2', which %3 no longer "
                                    "has.")
                 .arg(p("constraint"), p("column"), p("version"));
         }},
        {"dependent-policy",
         [](Params& p) {
             return FindingText::tr("The upgrade breaks the policy of %1 for the data at '%2'.")
                 .arg(p("dependent"), p("field"));
         }},
    };
    return table;
}

} // namespace

QString FindingText::sentence(const Finding& finding) {
    const auto it = sentences().find(finding.rule);
    if (it == sentences().end())
        return toQString(finding.message);
    Params params(finding);
    const QString text = it->second(params);
    return params.complete() ? text : toQString(finding.message);
}

} // namespace strata::qt
