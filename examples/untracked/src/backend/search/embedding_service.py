from sentence_transformers import SentenceTransformer


class EmbeddingService:
    def __init__(self, model: str = "all-mpnet-base-v2"):
        self.model = SentenceTransformer(model)

    def embed(self, texts: list[str]):
        return self.model.encode(texts)
