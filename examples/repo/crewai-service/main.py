"""crewai-service: FastAPI backend that runs the agent crews."""
from fastapi import FastAPI

from .settings import Settings

app = FastAPI(title="crewai-service")
settings = Settings()


@app.get("/health")
def health() -> dict:
    return {"ok": True}


@app.get("/health/api")
def health_api() -> dict:
    # Reports which model answered last; the healer will fill this in once it exists.
    return {"ok": True, "model": settings.primary_model}


@app.post("/runs")
def start_run(payload: dict) -> dict:
    return {"accepted": True, "run": payload.get("id")}
