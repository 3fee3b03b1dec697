<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Pack</source>
        <translation>简报包(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Import Table…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <source>Import figures from a CSV, XLSX or SDMX-CSV table into your workspace</source>
        <translation>从 CSV、XLSX 或 SDMX-CSV 表格将数据导入您的工作区</translation>
    </message>
    <message>
        <source>Add Document…</source>
        <translation>添加文档…</translation>
    </message>
    <message>
        <source>Add a text or HTML document: the app proposes its figures for you to accept</source>
        <translation>添加文本或 HTML 文档：应用会列出其中的数据供您确认</translation>
    </message>
    <message>
        <source>Your Tables and Documents…</source>
        <translation>您的表格和文档…</translation>
    </message>
    <message>
        <source>See the tables you imported and the documents you added, and remove one</source>
        <translation>查看您导入的表格和添加的文档，并可删除</translation>
    </message>
    <message>
        <source>Save Chart As…</source>
        <translation>图表另存为…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>将图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last change to the pack</source>
        <translation>撤销对简报包的上一次修改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Copy Figure with Citation</source>
        <translation>复制数据及出处</translation>
    </message>
    <message>
        <source>Copy the selected figure as a sentence with its source</source>
        <translation>将所选数据复制为附带出处的句子</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Search figures, initiatives and sources</source>
        <translation>搜索数据、举措和来源</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>New Pack from Filters</source>
        <translation>按筛选新建简报包</translation>
    </message>
    <message>
        <source>Start a briefing pack with what the filters show</source>
        <translation>用当前筛选结果新建简报包</translation>
    </message>
    <message>
        <source>Open Pack…</source>
        <translation>打开简报包…</translation>
    </message>
    <message>
        <source>Open a briefing pack file</source>
        <translation>打开简报包文件</translation>
    </message>
    <message>
        <source>Save Pack</source>
        <translation>保存简报包</translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation>保存简报包</translation>
    </message>
    <message>
        <source>Save Pack As…</source>
        <translation>简报包另存为…</translation>
    </message>
    <message>
        <source>Add Selected to Pack</source>
        <translation>将所选加入简报包</translation>
    </message>
    <message>
        <source>Add the selected figure or initiative to the briefing pack</source>
        <translation>将所选数据或举措加入简报包</translation>
    </message>
    <message>
        <source>Add Chart to Pack</source>
        <translation>将图表加入简报包</translation>
    </message>
    <message>
        <source>Add the chart on screen to the briefing pack</source>
        <translation>将屏幕上的图表加入简报包</translation>
    </message>
    <message>
        <source>Preview Pack…</source>
        <translation>预览简报包…</translation>
    </message>
    <message>
        <source>See the pack&apos;s PDF page by page</source>
        <translation>逐页查看简报包的 PDF</translation>
    </message>
    <message>
        <source>Export Pack as PDF…</source>
        <translation>将简报包导出为 PDF…</translation>
    </message>
    <message>
        <source>Write the briefing pack as a PDF (a new pack from the filters if none is open)</source>
        <translation>将简报包写成 PDF（如未打开简报包，则按筛选新建）</translation>
    </message>
    <message>
        <source>Print Pack…</source>
        <translation>打印简报包…</translation>
    </message>
    <message>
        <source>Print the briefing pack</source>
        <translation>打印简报包</translation>
    </message>
    <message>
        <source>Export Pack Data…</source>
        <translation>导出简报包数据…</translation>
    </message>
    <message>
        <source>Write every figure of the pack with its citation as XLSX or CSV (or the pack as a web page)</source>
        <translation>将简报包中的每项数据连同出处写成 XLSX 或 CSV（或将简报包写成网页）</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Show the open pack (or the filtered figures) full screen, a slide each; Esc leaves</source>
        <translation>全屏演示已打开的简报包（或筛选出的数据），每项一页；按 Esc 退出</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Larger text and charts</source>
        <translation>放大文字和图表</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Smaller text and charts</source>
        <translation>缩小文字和图表</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Text and charts at 100%</source>
        <translation>文字和图表恢复为 100%</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>How to use the briefing desk</source>
        <translation>如何使用简报台</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every shortcut of the window</source>
        <translation>窗口的全部快捷键</translation>
    </message>
    <message>
        <source>About Briefing Desk</source>
        <translation>关于简报台</translation>
    </message>
    <message>
        <source>Briefing Pack Panel</source>
        <translation>简报包面板</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Autosave is off: cannot use {folder} ({error})</source>
        <translation>自动保存已关闭：无法使用 {folder}（{error}）</translation>
    </message>
    <message>
        <source>Autosave is off in this window: another window is open.</source>
        <translation>此窗口的自动保存已关闭：另一个窗口已打开。</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>Could not remove the autosaved draft: {error}</source>
        <translation>无法删除自动保存的草稿：{error}</translation>
    </message>
</context>
<context>
    <name>chart_kinds</name>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Growth comparison</source>
        <translation>增速比较</translation>
    </message>
    <message>
        <source>Growth Comparison</source>
        <translation>增速比较</translation>
    </message>
    <message>
        <source>Target vs actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <source>Target vs Actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <source>Compare regions</source>
        <translation>地区比较</translation>
    </message>
    <message>
        <source>Compare Regions</source>
        <translation>地区比较</translation>
    </message>
</context>
<context>
    <name>chart_view</name>
    <message>
        <source>Nothing to draw.</source>
        <translation>没有可绘制的内容。</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Nothing was saved over your files. The details are in {file}.</source>
        <translation>出现错误：{error}

您的文件未被覆盖。详细信息见 {file}。</translation>
    </message>
</context>
<context>
    <name>document_dialog</name>
    <message>
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Indicator name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Add document {file}</source>
        <translation>添加文档 {file}</translation>
    </message>
    <message>
        <source>who published it</source>
        <translation>发布者名称</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty if undated</source>
        <translation>YYYY-MM-DD，无日期则留空</translation>
    </message>
    <message>
        <source>the period it reports on, e.g. 2024</source>
        <translation>报告的时期，例如 2024</translation>
    </message>
    <message>
        <source>Guessed from the document&apos;s dateline. &apos;This year&apos;, &apos;the first half&apos; and &apos;the past ten years&apos; are read against it: change it and the periods follow.</source>
        <translation>根据文件的电头推测。“今年”“上半年”“过去十年”等均据此日期解读：修改日期，时期随之更新。</translation>
    </message>
    <message>
        <source>Theme of its figures</source>
        <translation>其数据的主题</translation>
    </message>
    <message>
        <source>{n} figures proposed from the text. Tick those to keep, name them, and correct period, kind or themes where needed (an empty period or theme takes the document&apos;s).</source>
        <translation>从文本中找到 {n} 项数据。请勾选要保留的数据并为其命名，必要时更正时期、类型或主题（时期或主题留空则采用文档的）。</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>全部采用</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>全部不采用</translation>
    </message>
    <message>
        <source>Add Document</source>
        <translation>添加文档</translation>
    </message>
    <message>
        <source>row {row} ({figure})</source>
        <translation>第 {row} 行（{figure}）</translation>
    </message>
    <message>
        <source>give the indicator a name</source>
        <translation>请为指标命名</translation>
    </message>
    <message>
        <source>period {period} is not a period (2023, 2023-Q1, 2023-01)</source>
        <translation>{period} 不是有效的时期（2023、2023-Q1、2023-01）</translation>
    </message>
    <message>
        <source>kind must be actual or target</source>
        <translation>类型须为 actual（实绩）或 target（目标）</translation>
    </message>
    <message>
        <source>{field}: required</source>
        <translation>{field}：必填</translation>
    </message>
    <message>
        <source>The document was not added</source>
        <translation>文档未添加</translation>
    </message>
    <message>
        <source>
… and {n} more.</source>
        <translation>
… 另有 {n} 项。</translation>
    </message>
    <message>
        <source>Nothing was saved; correct these and try again.</source>
        <translation>未保存任何内容；请更正以上问题后重试。</translation>
    </message>
</context>
<context>
    <name>export_pdf</name>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <source>The pack could not be written ({error}). Nothing was written over {file}.</source>
        <translation>无法写出简报包（{error}）。{file} 未被覆盖。</translation>
    </message>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>正在写出简报包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>filters_panel</name>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No theme yet</source>
        <translation>尚无主题</translation>
    </message>
    <message>
        <source>Actual results</source>
        <translation>实绩</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>Search figures, initiatives, sources…  (Ctrl+F)</source>
        <translation>搜索数据、举措、来源…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>More themes</source>
        <translation>更多主题</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show everything (Esc)</source>
        <translation>显示全部（Esc）</translation>
    </message>
</context>
<context>
    <name>group_picker</name>
    <message>
        <source>Only figures of one group are compared: choose which</source>
        <translation>只对比同一组的数据：请选择哪一组</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>{hidden}: choose another group</source>
        <translation>{hidden}：请选择另一组</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <source>Next pane (search, filters, figures, charts, source, pack panel)</source>
        <translation>下一个窗格（搜索、筛选、数据、图表、来源、简报包面板）</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>上一个窗格</translation>
    </message>
    <message>
        <source>Move inside a pane: rows, filters, chart tabs, the outline</source>
        <translation>在窗格内移动：行、筛选项、图表标签、大纲</translation>
    </message>
    <message>
        <source>Tick a filter, open a list</source>
        <translation>勾选筛选项、打开列表</translation>
    </message>
    <message>
        <source>Switch the figures / initiatives tab</source>
        <translation>切换数据 / 举措标签</translation>
    </message>
    <message>
        <source>Move the chosen pack item up / down</source>
        <translation>将所选简报包条目上移 / 下移</translation>
    </message>
    <message>
        <source>Remove the chosen pack item</source>
        <translation>删除所选简报包条目</translation>
    </message>
    <message>
        <source>No guide</source>
        <translation>没有指南</translation>
    </message>
    <message>
        <source>The user guide could not be read ({file}: {error}).</source>
        <translation>无法读取用户指南（{file}：{error}）。</translation>
    </message>
    <message>
        <source>User Guide — Fujian Briefing Desk</source>
        <translation>用户指南 — 福建简报台</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Fujian Briefing Desk</source>
        <translation>键盘快捷键 — 福建简报台</translation>
    </message>
    <message>
        <source>{figures} figures and {initiatives} initiatives from {sources} source documents.</source>
        <translation>{figures} 项数据和 {initiatives} 项举措，来自 {sources} 份源文件。</translation>
    </message>
    <message>
        <source>About Fujian Briefing Desk</source>
        <translation>关于福建简报台</translation>
    </message>
    <message>
        <source>Data version {version}</source>
        <translation>数据版本 {version}</translation>
    </message>
    <message>
        <source>Every figure carries the sentence it comes from.</source>
        <translation>每项数据都附有其出处原句。</translation>
    </message>
    <message>
        <source>Works offline: nothing is sent or fetched.</source>
        <translation>离线工作：不发送也不获取任何内容。</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Indicator name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Theme(s)</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Actual or target</source>
        <translation>实绩或目标</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>（不取列）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>clash</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>already in the data</source>
        <translation>已在数据中</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Which column holds each field (or one value for every row)</source>
        <translation>每个字段取自哪一列（或为所有行填一个值）</translation>
    </message>
    <message>
        <source>value for every row</source>
        <translation>所有行的值</translation>
    </message>
    <message>
        <source>{encoding}, {delimiter}-separated</source>
        <translation>{encoding}，以 {delimiter} 分隔</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表 {sheet}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows ({how}). Nothing is saved until you import.</source>
        <translation>{file}：{rows} 行（{how}）。导入前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the sheet</source>
        <translation>无法读取工作表</translation>
    </message>
    <message>
        <source>Choose a column or give a value for: </source>
        <translation>请为以下字段选择一列或填写一个值：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{new} new, {clash} clashing with a figure already in the data (both are kept; the row is marked), {repeat} already in the data, {problem} with problems (not imported; see the last column), {missing} (skipped).</source>
        <translation>新增 {new} 项，{clash} 项与已有数据冲突（两者都保留；该行已标记），{repeat} 项已在数据中，{problem} 项有问题（不导入；见最后一列），{n} 个缺失值（已跳过）。</translation>
    </message>
    <message>
        <source>Read: {notice}.</source>
        <translation>读取：{notice}。</translation>
    </message>
    <message>
        <source>{figures} without a theme: shown under Imported; give a theme above to file them.</source>
        <translation>{n} 项数据没有主题：显示在“已导入”下；在上方指定主题即可归类。</translation>
    </message>
    <message>
        <source>Note kept with the figures: {note}</source>
        <translation>随数据保留的说明：{note}</translation>
    </message>
    <message>
        <source>Updates your earlier import {summary}: the figures this version states again are replaced, the others kept.</source>
        <translation>更新您之前的导入 {summary}：此版本再次给出的数据将被替换，其余保留。</translation>
    </message>
    <message>
        <source>Import {n} figure</source>
        <translation>导入 {n} 项数据</translation>
    </message>
    <message>
        <source>Import {n} figures</source>
        <translation>导入 {n} 项数据</translation>
    </message>
    <message>
        <source> (skip {problem} with problems)</source>
        <translation>（跳过 {problem} 项有问题的）</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Fujian Briefing Desk</source>
        <translation>福建简报台</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>{n} of {total} indicators</source>
        <translation>指标 {n} / {total}</translation>
    </message>
    <message>
        <source>{n} of {total} initiatives</source>
        <translation>举措 {n} / {total}</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <source>The dataset could not be loaded.</source>
        <translation>无法加载数据集。</translation>
    </message>
    <message>
        <source>Cannot load the dataset</source>
        <translation>无法加载数据集</translation>
    </message>
    <message>
        <source> · filtered</source>
        <translation> · 已筛选</translation>
    </message>
    <message>
        <source>Copied with its citation.</source>
        <translation>已连同出处复制。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>图表未保存</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>outline_labels</name>
    <message>
        <source>{item} (no longer in the data)</source>
        <translation>{item}（已不在数据中）</translation>
    </message>
    <message>
        <source>Chart: {item} (not a chart this app draws)</source>
        <translation>图表：{item}（本应用不绘制此类图表）</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>图表：{title}</translation>
    </message>
    <message>
        <source>{title}: {item} (no longer in the data)</source>
        <translation>{title}：{item}（已不在数据中）</translation>
    </message>
    <message>
        <source>; index, {base} = 100</source>
        <translation>；指数（{base}=100）</translation>
    </message>
    <message>
        <source>first common year</source>
        <translation>首个共同年份</translation>
    </message>
    <message>
        <source>; growth from levels</source>
        <translation>；由水平值计算的增速</translation>
    </message>
</context>
<context>
    <name>pack_commands</name>
    <message>
        <source>Briefing pack (*.json)</source>
        <translation>简报包 (*.json)</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>简报包</translation>
    </message>
    <message>
        <source>Autosaved pack not restored</source>
        <translation>未恢复自动保存的简报包</translation>
    </message>
    <message>
        <source>The pack autosaved before the app last closed could not be read: {error}

It was kept in {folder}.</source>
        <translation>无法读取应用上次关闭前自动保存的简报包：{error}

它保留在 {folder} 中。</translation>
    </message>
    <message>
        <source>Restore unsaved pack?</source>
        <translation>恢复未保存的简报包？</translation>
    </message>
    <message>
        <source>The app closed unexpectedly while the pack “{title}” had unsaved changes. Restore it as it was autosaved?</source>
        <translation>应用意外关闭时，简报包“{title}”有未保存的修改。是否按自动保存的内容恢复？</translation>
    </message>
    <message>
        <source>Restored, without some items</source>
        <translation>已恢复，但缺少部分条目</translation>
    </message>
    <message>
        <source>Unsaved pack restored: save it to keep it.</source>
        <translation>已恢复未保存的简报包：请保存以保留它。</translation>
    </message>
    <message>
        <source>The autosaved pack was not restored; it is kept as {file}</source>
        <translation>未恢复自动保存的简报包；它保留为 {file}</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… 另有 {n} 项</translation>
    </message>
    <message>
        <source>Unsaved pack</source>
        <translation>简报包未保存</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>先保存对“{name}”的修改吗？</translation>
    </message>
    <message>
        <source>New pack: {sections} sections, {records} figures and initiatives.</source>
        <translation>新建简报包：{sections} 个部分，{records} 项数据和举措。</translation>
    </message>
    <message>
        <source>Open briefing pack</source>
        <translation>打开简报包</translation>
    </message>
    <message>
        <source>Pack not opened</source>
        <translation>简报包未打开</translation>
    </message>
    <message>
        <source>Opened, without some items</source>
        <translation>已打开，但缺少部分条目</translation>
    </message>
    <message>
        <source>Save briefing pack</source>
        <translation>保存简报包</translation>
    </message>
    <message>
        <source>Replace pack?</source>
        <translation>替换简报包？</translation>
    </message>
    <message>
        <source>{file} exists already. Replace it?</source>
        <translation>{file} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Your pack is still open and autosaved.</source>
        <translation>您的简报包仍处于打开状态，并已自动保存。</translation>
    </message>
    <message>
        <source>Your pack is still open (not autosaved in this window).</source>
        <translation>您的简报包仍处于打开状态（此窗口未自动保存）。</translation>
    </message>
    <message>
        <source>Pack not saved</source>
        <translation>简报包未保存</translation>
    </message>
    <message>
        <source>Pack saved to {file}</source>
        <translation>简报包已保存到 {file}</translation>
    </message>
    <message>
        <source>Select a figure or an initiative to add it to the pack.</source>
        <translation>请先选择一项数据或举措，再将其加入简报包。</translation>
    </message>
    <message>
        <source>Add a figure first: the chart shows the figures of its section.</source>
        <translation>请先加入一项数据：图表显示其所在部分的数据。</translation>
    </message>
    <message>
        <source>Select a figure to add its {chart} chart.</source>
        <translation>请选择一项数据以加入其{chart}图表。</translation>
    </message>
    <message>
        <source>Already in the pack.</source>
        <translation>已在简报包中。</translation>
    </message>
    <message>
        <source>Added to the pack: {item}</source>
        <translation>已加入简报包：{item}</translation>
    </message>
</context>
<context>
    <name>pack_data_export</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 表格，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Web page for screen readers and e-mail (*.html)</source>
        <translation>适用于读屏软件和电子邮件的网页 (*.html)</translation>
    </message>
    <message>
        <source>Export pack data</source>
        <translation>导出简报包数据</translation>
    </message>
    <message>
        <source>Pack data not written</source>
        <translation>简报包数据未写出</translation>
    </message>
    <message>
        <source>The pack as a web page written to {file}</source>
        <translation>简报包网页已写入 {file}</translation>
    </message>
    <message>
        <source>The pack&apos;s figures with their sources written to {file}</source>
        <translation>简报包的数据及其来源已写入 {file}</translation>
    </message>
</context>
<context>
    <name>pack_document</name>
    <message>
        <source>Untitled pack</source>
        <translation>未命名简报包</translation>
    </message>
</context>
<context>
    <name>pack_panel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>读者对象</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理要求</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>New Pack from Filters</source>
        <translation>按筛选新建简报包</translation>
    </message>
    <message>
        <source>Open Pack…</source>
        <translation>打开简报包…</translation>
    </message>
    <message>
        <source>No briefing pack open. Start one from what the filters show, then add, remove and reorder figures, charts and initiatives and write notes.</source>
        <translation>尚未打开简报包。可按当前筛选结果新建一个，然后添加、删除和排列数据、图表和举措，并撰写备注。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>上移（Alt+Up）</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>下移（Alt+Down）</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>删除（Delete）</translation>
    </message>
    <message>
        <source>Notes printed with this part of the pack</source>
        <translation>随简报包此部分打印的备注</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>See the pack&apos;s PDF page by page (Ctrl+Shift+P)</source>
        <translation>逐页查看简报包的 PDF（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Write the pack as a PDF (Ctrl+E)</source>
        <translation>将简报包写成 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>Cover and notes for the whole pack</source>
        <translation>整个简报包的封面和备注</translation>
    </message>
    <message>
        <source>Notes for the whole pack</source>
        <translation>整个简报包的备注</translation>
    </message>
    <message>
        <source>Notes for {theme}</source>
        <translation>{theme}的备注</translation>
    </message>
</context>
<context>
    <name>pack_pdf</name>
    <message>
        <source>Export briefing pack</source>
        <translation>导出简报包</translation>
    </message>
    <message>
        <source>Still writing the pack: wait for it, or cancel it.</source>
        <translation>仍在写出简报包：请等待完成或取消。</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>{n} pages sent to the printer.</source>
        <translation>已向打印机发送 {n} 页。</translation>
    </message>
    <message>
        <source>Briefing pack written to {file}</source>
        <translation>简报包已写入 {file}</translation>
    </message>
    <message>
        <source>Pack written with parts left out</source>
        <translation>简报包已写出，但有部分内容未收入</translation>
    </message>
    <message>
        <source>Briefing pack written to {file}. Some of it fits no page:</source>
        <translation>简报包已写入 {file}。以下内容无法放入任何页面：</translation>
    </message>
    <message>
        <source>Pack not written</source>
        <translation>简报包未写出</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写出任何内容。</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <source>Presentation — Fujian Briefing Desk</source>
        <translation>演示 — 福建简报台</translation>
    </message>
    <message>
        <source>Caution: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>The data is still loading.</source>
        <translation>数据仍在加载。</translation>
    </message>
    <message>
        <source>Nothing to present: no figure or initiative passes the filters.</source>
        <translation>没有可演示的内容：没有数据或举措符合筛选条件。</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>{file}: cannot be read as PDF ({error})</source>
        <translation>{file}：无法作为 PDF 读取（{error}）</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>无法启动打印机</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preview: {title}</source>
        <translation>预览：{title}</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>{n} pages sent to the printer</source>
        <translation>已向打印机发送 {n} 页</translation>
    </message>
</context>
<context>
    <name>region_picker</name>
    <message>
        <source>Levels as stated</source>
        <translation>按原文数值</translation>
    </message>
    <message>
        <source>Index (base year = 100)</source>
        <translation>指数（基年 = 100）</translation>
    </message>
    <message>
        <source>Growth on the year before (from levels)</source>
        <translation>比上年增长（由数值计算）</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Base year</source>
        <translation>基年</translation>
    </message>
    <message>
        <source>{first} and {n} others</source>
        <translation>{first} 等 {n} 个</translation>
    </message>
    <message>
        <source>Regions: {regions}</source>
        <translation>地区：{regions}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>The source pane is hidden to give the chart room: View → Source Pane shows it.</source>
        <translation>来源面板已隐藏，为图表腾出空间：视图 → 来源面板 可重新显示。</translation>
    </message>
    <message>
        <source>Source Pane</source>
        <translation>来源面板</translation>
    </message>
    <message>
        <source>Show or hide the source pane (hidden, the chart and the table are wider)</source>
        <translation>显示或隐藏来源面板（隐藏后图表和表格更宽）</translation>
    </message>
</context>
<context>
    <name>source_view</name>
    <message>
        <source>Select a figure or an initiative to read its source.</source>
        <translation>选择一项数据或举措以阅读其来源。</translation>
    </message>
    <message>
        <source>undated (period {period}, inferred)</source>
        <translation>无日期（时期 {period}，系推断）</translation>
    </message>
    <message>
        <source>the project&apos;s translation; the quote is the document&apos;s own words</source>
        <translation>本项目译名；引文为文件原文</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>说明：{note}</translation>
    </message>
    <message>
        <source>Source: {title}, {publisher}, {date}</source>
        <translation>来源：{title}，{publisher}，{date}</translation>
    </message>
</context>
<context>
    <name>table_model</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>What the review found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>举措</translation>
    </message>
    <message>
        <source>Caution: {note}</source>
        <translation>注意：{note}</translation>
    </message>
</context>
<context>
    <name>toolbar</name>
    <message>
        <source>New Pack</source>
        <translation>新建简报包</translation>
    </message>
    <message>
        <source>Add to Pack</source>
        <translation>加入简报包</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Pack toolbar</source>
        <translation>简报包工具栏</translation>
    </message>
</context>
<context>
    <name>workspace_commands</name>
    <message>
        <source>{n} item(s) of the pack are no longer in the data and were taken out.</source>
        <translation>简报包中有 {n} 个条目已不在数据中，已被移除。</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Add Document</source>
        <translation>添加文档</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Cannot import the table</source>
        <translation>无法导入表格</translation>
    </message>
    <message>
        <source>Imported {n} figures from {file} ({batch}).</source>
        <translation>已从 {file} 导入 {n} 项数据（{batch}）。</translation>
    </message>
    <message>
        <source>Cannot add the document</source>
        <translation>无法添加文档</translation>
    </message>
    <message>
        <source>Added {file} with its accepted figures ({saved}).</source>
        <translation>已添加 {file} 及其采用的数据（{saved}）。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Your Tables and Documents</source>
        <translation>您的表格和文档</translation>
    </message>
    <message>
        <source>Tables you imported and documents you added (kept in your user data folder; the shipped data is never changed). Removing one takes its figures out of the data.</source>
        <translation>您导入的表格和添加的文档（保存在您的用户数据文件夹中；随附的数据从不改动）。删除其中一项会将其数据移出数据集。</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>(cannot be used) {problem}</source>
        <translation>（无法使用）{problem}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove {item}?

Its figures leave the data (and any open pack). The file you imported or added is not touched.</source>
        <translation>删除 {item}？

其数据将移出数据集（及任何已打开的简报包）。您导入或添加的原文件不受影响。</translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>Removed {item}.</source>
        <translation>已删除 {item}。</translation>
    </message>
</context>
<context>
    <name>workspace_watch</name>
    <message>
        <source>The workspace changed and cannot be read: {error}</source>
        <translation>工作区已更改且无法读取：{error}</translation>
    </message>
</context>
</TS>
