from django.apps import AppConfig


class BackupConfig(AppConfig):
    name = "pressroom.backup"
    label = "backup"
