"""Preview of a briefing pack's PDF page by page (QtPdf), and printing it (QPrinter)."""
from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout

from .i18n import translate
from .plain import literal

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MAX_PRINT_DPI = 300


def open_pdf(path: str, parent=None) -> QPdfDocument:
    document = QPdfDocument(parent)
    error = document.load(path)
    if error != QPdfDocument.Error.None_:
        raise OSError(translate("preview", "{file}: cannot be read as PDF ({error})").format(file=path,
                                                                                             error=error.name))
    return document


def printer_for(paper: str) -> QPrinter:
    """A printer set up for the pack's paper, printing the whole page (the PDF has its own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    return printer


def print_pdf(document: QPdfDocument, printer: QPrinter, going_on=lambda done, total: True) -> int:
    """Print every page (or the pages chosen in the print dialog, e.g. "1-3,7"), each scaled to fit the paper,
    centred. `going_on(done, total)` is asked before each page; False aborts. Returns the pages printed."""
    ranges = printer.pageRanges()
    pages = [p for p in range(document.pageCount()) if ranges.isEmpty() or ranges.contains(p + 1)]
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("preview", "the printer could not be started"))
    try:
        area = painter.viewport()
        for n, page in enumerate(pages):
            if not going_on(n, len(pages)):
                printer.abort()
                return n
            if n:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
            target.moveCenter(area.center())
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            painter.fillRect(target, QColor("white"))
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def print_with_dialog(document: QPdfDocument, paper: str, parent=None) -> int | None:
    """The print dialog, then the pages; None when the user cancelled."""
    printer = printer_for(paper)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    progress = QProgressDialog(translate("preview", "Printing…"), translate("preview", "Cancel"), 0,
                               document.pageCount(), parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def going_on(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)  # also lets the window repaint and the Cancel button work
        return not progress.wasCanceled()

    try:
        return print_pdf(document, printer, going_on)
    finally:
        progress.reset()
        progress.deleteLater()


class PreviewDialog(QDialog):
    """The pack's pages as they will print: scroll or step through them, zoom, print."""

    def __init__(self, pdf_path: str, title: str, paper: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("preview", "Preview: {title}").format(title=title))
        self.paper = paper
        self.document = open_pdf(pdf_path, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        nav = self.view.pageNavigator()
        self.page_label = QLabel()
        nav.currentPageChanged.connect(self._show_page_number)
        buttons = QHBoxLayout()
        zoom = self.view.setZoomMode
        for text, slot in ((translate("preview", "Previous"), lambda: self.go(-1)),
                           (translate("preview", "Next"), lambda: self.go(+1)),
                           (translate("preview", "Fit Width"), lambda: zoom(QPdfView.ZoomMode.FitToWidth)),
                           (translate("preview", "Whole Page"), lambda: zoom(QPdfView.ZoomMode.FitInView))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        self.print_button = QPushButton(translate("preview", "Print…"), objectName="preview-print")
        self.print_button.clicked.connect(self.print_)
        close = QPushButton(translate("preview", "Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        col = QVBoxLayout(self)
        col.addLayout(buttons)
        col.addWidget(self.view)
        self._show_page_number(0)
        self.fit_screen()

    def fit_screen(self) -> None:
        """As tall as the screen's free area allows (a 768-pixel laptop, a 4K screen at scale 2), a page's width
        and a little more, centred on it: "Whole Page" shows a whole page and the bottom is never off-screen."""
        parent = self.parentWidget()
        area = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        frame = 40  # pixels of the window's title bar and borders, which the size does not include
        height = max(300, area.height() * 9 // 10 - frame)
        width = min(area.width() * 9 // 10, max(640, height * 3 // 4 + 60))
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.top() + max(0, (area.height() - height - frame) // 2))

    def release(self) -> None:
        """Close, let go of the PDF file and delete: the view first, so that no page is still being rendered
        from a document that is gone."""
        self.close()
        # an empty document, not None: QPdfView hands None to its link model, which warns
        # "QObject::connect(QPdfDocument, QPdfLinkModel): invalid nullptr parameter"
        self.view.setDocument(QPdfDocument(self))
        self.document.close()
        self.deleteLater()

    def go(self, delta: int) -> None:
        page = max(0, min(self.document.pageCount() - 1, self.view.pageNavigator().currentPage() + delta))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _show_page_number(self, page: int) -> None:
        self.page_label.setText(translate("preview", "Page {page} of {pages}").format(page=page + 1,
                                                                                       pages=self.document.pageCount()))

    def print_(self) -> None:
        try:
            printed = print_with_dialog(self.document, self.paper, self)
        except OSError as e:
            QMessageBox.warning(self, translate("preview", "Not printed"), literal(str(e)))
            return
        if printed is not None:
            self.page_label.setText(translate("preview", "{n} pages sent to the printer").format(n=printed))
