package dev.newsbrief.cli;

/** The {@code --format} of a command that prints lines for a person or JSON for a program. */
enum TextOrJson { text, json }
