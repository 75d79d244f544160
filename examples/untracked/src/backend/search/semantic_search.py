from .embedding_service import EmbeddingService


class SemanticSearchEngine:
    def __init__(self):
        self.embeddings = EmbeddingService()
        self.docs: list[str] = []

    def add(self, doc: str) -> None:
        self.docs.append(doc)
