"""Trained models shipped with rasd (each in its own folder with its licence and model card)."""
