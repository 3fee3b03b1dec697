"""Files written whole or not at all, folders, the user's data folder and safe YAML."""
