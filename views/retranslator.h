#pragma once

// Live language switching for widgets: a view registers the code that sets each of its
// user-visible texts once; it runs now and again whenever the view receives
// QEvent::LanguageChange, so every text is stated in one place.

#include <functional>
#include <vector>

namespace strata::qt {

class Retranslator {
public:
    // Runs `apply` now and on every later retranslate().
    void add(std::function<void()> apply) {
        apply();
        m_apply.push_back(std::move(apply));
    }

    void retranslate() const {
        for (const auto& apply : m_apply)
            apply();
    }

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace strata::qt
