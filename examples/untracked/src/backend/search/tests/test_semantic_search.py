from src.backend.search.semantic_search import SemanticSearchEngine


def test_add():
    engine = SemanticSearchEngine.__new__(SemanticSearchEngine)
    engine.docs = []
    engine.add("a")
    assert engine.docs == ["a"]
