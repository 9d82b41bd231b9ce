from tests.gui.test_main_window import test_launch_creates_imports_and_runs  # noqa
from app.store import Project
from PySide6.QtCore import QThreadPool

def test_after(make_window, project_path, seed_paths, qtbot):
    project = Project.create(project_path)
    project.add_documents([(p.stem, p.read_text()) for p in seed_paths])
    w = make_window(project)
    qtbot.wait(3000)
    r = w.runner
    print("job", r._job, "timer", r._timer.isActive(), "import", w._import_job, "pool", QThreadPool.globalInstance().activeThreadCount(), "label", w.analysis_label.text())
    import faulthandler, sys; faulthandler.dump_traceback(sys.stdout, all_threads=True)
    assert False
