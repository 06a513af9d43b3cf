// The knowledge base the fuzz targets share: the real resources, loaded once (a broken resource
// folder aborts the run, since no input could be tested against it).
#pragma once

#include <cstdlib>
#include <utility>

#include "bilat/kb.h"

namespace bilat::fuzz {

inline const kb::KnowledgeBase& Kb() {
  static const kb::KnowledgeBase* kb = [] {
    auto r = kb::KnowledgeBase::Load(kb::KnowledgeBase::DefaultResourceDir());
    if (!r.ok()) std::abort();
    return new kb::KnowledgeBase(std::move(r).value());
  }();
  return *kb;
}

}  // namespace bilat::fuzz
