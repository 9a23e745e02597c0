"""Official pipelines use their corpora's label sets; everything is mapped onto PER/ORG/LOC."""

LABELS = ("PER", "ORG", "LOC")

TO_PROJECT_LABEL = {
    "PER": "PER", "PERSON": "PER", "PRS": "PER",  # PRS: Swedish SUC (sv_core_news_*)
    "ORG": "ORG", "GPE_ORG": "ORG",  # NorNE (nb_core_news_*): a place acting as an administration
    "LOC": "LOC", "GPE": "LOC", "GPE_LOC": "LOC", "FAC": "LOC",
}


def project_label(label: str) -> str | None:
    return TO_PROJECT_LABEL.get(label)
