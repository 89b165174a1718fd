<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Labels</name>
    <message>
        <location filename="../models/bridge.cpp" line="32"/>
        <source>safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="33"/>
        <source>read-only</source>
        <translation>仅读兼容</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="34"/>
        <source>write-only</source>
        <translation>仅写兼容</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="35"/>
        <source>breaking</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="38"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="44"/>
        <source>Compatible both ways: upgrade readers and writers in any order.</source>
        <translation>双向兼容：读方和写方可按任意顺序升级。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="46"/>
        <source>The newer version reads old data, but old readers cannot read new data: upgrade readers first.</source>
        <translation>新版本能读旧数据，但旧读方不能读新数据：先升级读方。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="49"/>
        <source>Old readers read new data, but the newer version cannot read old data: upgrade writers first.</source>
        <translation>旧读方能读新数据，但新版本不能读旧数据：先升级写方。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="52"/>
        <source>Incompatible both ways: needs a migration of the stored data.</source>
        <translation>双向不兼容：需要迁移已存储的数据。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="55"/>
        <source>No verdict available.</source>
        <translation>没有可用的判定。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="107"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="108"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="109"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="116"/>
        <source>read (new reads old)</source>
        <translation>读（新读旧）</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="117"/>
        <source>write (old reads new)</source>
        <translation>写（旧读新）</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="123"/>
        <source>reader</source>
        <translation>读方</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="124"/>
        <source>writer</source>
        <translation>写方</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="125"/>
        <source>reader and writer</source>
        <translation>读方和写方</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="144"/>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="145"/>
        <source>unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="146"/>
        <source>foreign key</source>
        <translation>外键</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="147"/>
        <source>check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="148"/>
        <source>not null</source>
        <translation>非空</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../views/graphitems.cpp" line="15"/>
        <source>%1 (%n versions)</source>
        <translation>
            <numerusform>%1（%n 个版本）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaEdits</name>
    <message>
        <location filename="../models/schemaedits.cpp" line="49"/>
        <source>Type a data type, for example int64 or decimal(10,2).</source>
        <translation>请输入数据类型，例如 int64 或 decimal(10,2)。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="71"/>
        <source>Not valid JSON: write a number, true/false, null, &quot;text&quot;, [..] or {..}.</source>
        <translation>不是有效的 JSON：请写数字、true/false、null、&quot;文本&quot;、[..] 或 {..}。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="81"/>
        <location filename="../models/schemaedits.cpp" line="108"/>
        <source>A field name starts with a letter or _ and has letters, digits, _.</source>
        <translation>字段名以字母或 _ 开头，只含字母、数字和 _。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="94"/>
        <location filename="../models/schemaedits.cpp" line="106"/>
        <location filename="../models/schemaedits.cpp" line="127"/>
        <location filename="../models/schemaedits.cpp" line="139"/>
        <location filename="../models/schemaedits.cpp" line="147"/>
        <location filename="../models/schemaedits.cpp" line="155"/>
        <location filename="../models/schemaedits.cpp" line="171"/>
        <location filename="../models/schemaedits.cpp" line="179"/>
        <source>No such field.</source>
        <translation>没有该字段。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="161"/>
        <source>Alias &quot;%1&quot; is not a valid field name.</source>
        <translation>别名“%1”不是有效的字段名。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="182"/>
        <source>Only enum fields have symbols.</source>
        <translation>只有枚举字段才有符号。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="188"/>
        <source>An enum needs at least one symbol.</source>
        <translation>枚举至少需要一个符号。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="202"/>
        <source>No such constraint.</source>
        <translation>没有该约束。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="67"/>
        <source>Strata: schema evolution console for PostgreSQL, Kafka, Elasticsearch and TiKV.</source>
        <translation>Strata：面向 PostgreSQL、Kafka、Elasticsearch 和 TiKV 的模式演进控制台。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="72"/>
        <source>Render a view to FILE (PNG) and exit.</source>
        <translation>将视图渲染为 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="76"/>
        <source>View for --screenshot: main, settings, schema, diff, matrix, graph, planner, clusters.</source>
        <translation>--screenshot 使用的视图：main、settings、schema、diff、matrix、graph、planner、clusters。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>Workspace file to open (default: the bundled demo).</source>
        <translation>要打开的工作区文件（默认：内置演示）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Screenshot written to %1</source>
        <translation>截图已写入 %1</translation>
    </message>
</context>
<context>
    <name>strata::qt</name>
    <message>
        <location filename="../views/screenshot.cpp" line="59"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../views/screenshot.cpp" line="79"/>
        <source>Unknown view &quot;%1&quot;; use main, settings or one of: %2</source>
        <translation>未知视图“%1”；请使用 main、settings 或以下之一：%2</translation>
    </message>
</context>
<context>
    <name>strata::qt::ClusterModel</name>
    <message>
        <location filename="../models/clustermodel.cpp" line="31"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="32"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="33"/>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="58"/>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="58"/>
        <source>down</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>strata::qt::ClusterView</name>
    <message>
        <location filename="../views/clusterview.cpp" line="25"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="28"/>
        <source>Nodes and supported version ranges</source>
        <translation>节点及其支持的版本范围</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="31"/>
        <source>Store objects</source>
        <translation>存储对象</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="34"/>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="34"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="34"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="34"/>
        <source>Holds</source>
        <translation>存放版本</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="34"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="40"/>
        <source>Cluster:</source>
        <translation>集群：</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="43"/>
        <source>Rollout</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="47"/>
        <source>Finalised versions, rollout safety and the rollout state machine (Created → Running ⇄ Paused → Completed | Failed | Cancelled) are not available in this build: they need the engine&apos;s cluster module (strata::cluster).</source>
        <translation>最终版本、发布安全性以及发布状态机（已创建 → 运行中 ⇄ 已暂停 → 已完成 | 已失败 | 已取消）在此版本中不可用：需要引擎的集群模块（strata::cluster）。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="51"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="51"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="51"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="54"/>
        <source>%1 rollout</source>
        <translation>%1发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="55"/>
        <source>Needs the engine&apos;s rollout state machine (strata::cluster).</source>
        <translation>需要引擎的发布状态机（strata::cluster）。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="65"/>
        <source>Store objects and the version they hold:</source>
        <translation>存储对象及其存放的版本：</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="109"/>
        <source>The workspace has no clusters.</source>
        <translation>工作区中没有集群。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="115"/>
        <source>%1 of %2 node(s) live. Quorum: %3. Each cell is the range of versions a node can read and write for that type.</source>
        <translation>%2 个节点中有 %1 个在线。法定数：%3。每个单元格是该节点对该类型可读写的版本范围。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="119"/>
        <source>every live node</source>
        <translation>所有在线节点</translation>
    </message>
</context>
<context>
    <name>strata::qt::ConstraintTableModel</name>
    <message>
        <location filename="../models/constrainttablemodel.cpp" line="18"/>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../models/constrainttablemodel.cpp" line="19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../models/constrainttablemodel.cpp" line="20"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
</context>
<context>
    <name>strata::qt::DiffModel</name>
    <message>
        <location filename="../models/diffmodel.cpp" line="45"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="47"/>
        <source> (lossy)</source>
        <translation>（有损）</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="58"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="59"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="60"/>
        <source>renamed from %1</source>
        <translation>由 %1 重命名</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="61"/>
        <source>looks renamed from %1, but no alias</source>
        <translation>疑似由 %1 重命名，但没有别名</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="63"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="64"/>
        <source>default %1 → %2</source>
        <translation>默认值 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="65"/>
        <source>aliases %1 → %2</source>
        <translation>别名 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="66"/>
        <source>symbols added: %1</source>
        <translation>新增符号：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="67"/>
        <source>symbols removed: %1</source>
        <translation>删除符号：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="68"/>
        <source>enum default %1 → %2</source>
        <translation>枚举默认值 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="69"/>
        <source>type name %1 → %2</source>
        <translation>类型名 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="70"/>
        <source>constraint added: %1</source>
        <translation>新增约束：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="71"/>
        <source>constraint removed: %1</source>
        <translation>删除约束：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="72"/>
        <source>description changed</source>
        <translation>说明已更改</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="127"/>
        <source>Older field</source>
        <translation>旧版字段</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="128"/>
        <source>Older type</source>
        <translation>旧版类型</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="129"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="130"/>
        <source>Newer field</source>
        <translation>新版字段</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="131"/>
        <source>Newer type</source>
        <translation>新版类型</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="132"/>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
</context>
<context>
    <name>strata::qt::DiffView</name>
    <message>
        <location filename="../views/diffview.cpp" line="36"/>
        <source>Older version</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="37"/>
        <source>Newer version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="41"/>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="42"/>
        <source>Swap older and newer</source>
        <translation>交换旧版本和新版本</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="44"/>
        <source>Older:</source>
        <translation>旧版本：</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="47"/>
        <source>Newer:</source>
        <translation>新版本：</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="52"/>
        <source>Field differences</source>
        <translation>字段差异</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="92"/>
        <source>Pick two versions of a type to compare.</source>
        <translation>请选择一个类型的两个版本进行比较。</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="95"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>strata::qt::FieldTableModel</name>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="51"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="52"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="53"/>
        <source>Nullable</source>
        <translation>可空</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="54"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="55"/>
        <source>Enum symbols</source>
        <translation>枚举符号</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="56"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="57"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="84"/>
        <source>Readers fill this value when old data lacks the field.</source>
        <translation>旧数据缺少该字段时，读方用此值补齐。</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="85"/>
        <source>No default: a reader cannot fill this field from data written without it.</source>
        <translation>没有默认值：读方无法为缺少该字段的数据补齐此字段。</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="116"/>
        <source>Make %1 nullable</source>
        <translation>将 %1 设为可空</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="116"/>
        <source>Make %1 required</source>
        <translation>将 %1 设为必填</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="122"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="130"/>
        <source>Change type of %1 to %2</source>
        <translation>将 %1 的类型改为 %2</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="138"/>
        <source>Change default of %1</source>
        <translation>修改 %1 的默认值</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="142"/>
        <source>Change symbols of %1</source>
        <translation>修改 %1 的枚举符号</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="146"/>
        <source>Change aliases of %1</source>
        <translation>修改 %1 的别名</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="149"/>
        <source>Describe %1</source>
        <translation>描述 %1</translation>
    </message>
</context>
<context>
    <name>strata::qt::FindingsModel</name>
    <message>
        <location filename="../models/findingsmodel.cpp" line="17"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="18"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="19"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="20"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="21"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>strata::qt::GraphView</name>
    <message>
        <location filename="../views/graphview.cpp" line="53"/>
        <source>Collapse versions per type</source>
        <translation>按类型折叠版本</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="61"/>
        <source>Dependency graph</source>
        <translation>依赖图</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="62"/>
        <source>Find a type or version (Ctrl+F)</source>
        <translation>查找类型或版本（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="63"/>
        <source>Find in graph</source>
        <translation>在依赖图中查找</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="67"/>
        <source>Layout in progress</source>
        <translation>正在布局</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="81"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="81"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="82"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="82"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="83"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="83"/>
        <source>Fit the graph in the view (Ctrl+0)</source>
        <translation>使依赖图适应视图（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="87"/>
        <source>&lt;span style=&apos;color:#1f77b4&apos;&gt;━ references&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;━ foreign key&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#909090&apos;&gt;╌ evolves to&lt;/span&gt; &amp;nbsp; Click a node: &lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;depends on&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;depended on by&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1f77b4&apos;&gt;━ 引用&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;━ 外键&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#909090&apos;&gt;╌ 演进为&lt;/span&gt; &amp;nbsp; 点击节点：&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;它依赖的&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;依赖它的&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graphview.cpp" line="155"/>
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>正在布局 %n 个节点…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graphview.cpp" line="207"/>
        <source>%n node(s), </source>
        <translation>
            <numerusform>%n 个节点，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graphview.cpp" line="208"/>
        <source>%n edge(s). Scroll to zoom, drag to pan.</source>
        <translation>
            <numerusform>%n 条边。滚动缩放，拖动平移。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="238"/>
        <source>%1 depends on %2 node(s); %3 node(s) depend on it.</source>
        <translation>%1 依赖 %2 个节点；%3 个节点依赖它。</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="288"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="336"/>
        <location filename="../views/graphview.cpp" line="348"/>
        <location filename="../views/graphview.cpp" line="364"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="341"/>
        <source>Strata dependency graph</source>
        <translation>Strata 依赖图</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="344"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>strata::qt::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="86"/>
        <location filename="../views/mainwindow.cpp" line="250"/>
        <source>&amp;Schema</source>
        <translation>模式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="87"/>
        <location filename="../views/mainwindow.cpp" line="250"/>
        <source>&amp;Diff</source>
        <translation>差异(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="88"/>
        <location filename="../views/mainwindow.cpp" line="251"/>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="89"/>
        <location filename="../views/mainwindow.cpp" line="251"/>
        <source>&amp;Graph</source>
        <translation>依赖图(&amp;G)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="90"/>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <source>&amp;Upgrade planner</source>
        <translation>升级规划(&amp;U)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="91"/>
        <location filename="../views/mainwindow.cpp" line="252"/>
        <source>C&amp;lusters</source>
        <translation>集群(&amp;L)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="92"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="128"/>
        <source>Filter types (Ctrl+L)</source>
        <translation>筛选类型（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="129"/>
        <source>Filter types</source>
        <translation>筛选类型</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="133"/>
        <source>Types and versions</source>
        <translation>类型与版本</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="161"/>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="165"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="169"/>
        <location filename="../views/mainwindow.cpp" line="175"/>
        <source>Log and problems</source>
        <translation>日志与问题</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="190"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="191"/>
        <source>&amp;New workspace</source>
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="192"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="193"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="194"/>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="199"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="200"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="202"/>
        <source>&amp;Import Avro schema…</source>
        <translation>导入 Avro 模式(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="202"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="203"/>
        <source>&amp;Export graph…</source>
        <translation>导出依赖图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="203"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="205"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="208"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="209"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="211"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="216"/>
        <source>&amp;New version (draft)</source>
        <translation>新建版本（草稿）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="216"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="221"/>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="221"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="225"/>
        <source>&amp;Remove field</source>
        <translation>删除字段(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="225"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="228"/>
        <source>&amp;Find in graph</source>
        <translation>在依赖图中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="232"/>
        <source>Filter &amp;types</source>
        <translation>筛选类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="232"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="237"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="248"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="257"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="258"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="259"/>
        <source>&amp;Fit graph</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="259"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="264"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="265"/>
        <source>&amp;Analyse upgrade</source>
        <translation>分析升级(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="265"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="269"/>
        <source>&amp;Compare with previous version</source>
        <translation>与上一版本比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="269"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="278"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="279"/>
        <source>&amp;About Strata</source>
        <translation>关于 Strata(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="280"/>
        <source>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;Schema evolution console for PostgreSQL, Kafka, Elasticsearch and TiKV.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;面向 PostgreSQL、Kafka、Elasticsearch 和 TiKV 的模式演进控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="285"/>
        <source>&lt;p&gt;Engine functions not in this build:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;此版本缺少的引擎功能：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="287"/>
        <source>About Strata</source>
        <translation>关于 Strata</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="290"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="305"/>
        <source>● Offline — editing the workspace file</source>
        <translation>● 离线——正在编辑工作区文件</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="306"/>
        <source>No live cluster connection; verdicts and plans use the workspace file.</source>
        <translation>没有实时集群连接；判定和计划基于工作区文件。</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="308"/>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="312"/>
        <source>Background work running</source>
        <translation>后台任务运行中</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="337"/>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="338"/>
        <source>bundled demo</source>
        <translation>内置演示</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="341"/>
        <source>Workspace: %1 (%2)</source>
        <translation>工作区：%1（%2）</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="350"/>
        <source>%1 types · %2 versions · %3 clusters · %4 stores</source>
        <translation>%1 个类型 · %2 个版本 · %3 个集群 · %4 个存储</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="31"/>
        <location filename="../views/mainwindow_files.cpp" line="37"/>
        <source>Cannot open the demo</source>
        <translation>无法打开演示工作区</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="48"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="52"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="67"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="67"/>
        <source>Strata workspaces (*.strata.json *.json)</source>
        <translation>Strata 工作区 (*.strata.json *.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="79"/>
        <location filename="../views/mainwindow_files.cpp" line="96"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="82"/>
        <location filename="../views/mainwindow_files.cpp" line="100"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="88"/>
        <source>Save workspace as</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="89"/>
        <source>Strata workspaces (*.strata.json)</source>
        <translation>Strata 工作区 (*.strata.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="107"/>
        <location filename="../views/mainwindow_files.cpp" line="112"/>
        <source>Import Avro</source>
        <translation>导入 Avro</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="108"/>
        <source>Avro import is not available in this build (the engine&apos;s strata::importAvro is missing).</source>
        <translation>此版本不支持 Avro 导入（缺少引擎的 strata::importAvro）。</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="112"/>
        <source>Avro import is not wired to this console build yet.</source>
        <translation>此控制台版本尚未接入 Avro 导入。</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="120"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="121"/>
        <source>The workspace &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>工作区“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="163"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="171"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="172"/>
        <source>Strata did not shut down cleanly last time. Restore the unsaved workspace it autosaved?</source>
        <translation>Strata 上次未正常退出。是否恢复自动保存的未保存工作区？</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="178"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="188"/>
        <source>Export graph</source>
        <translation>导出依赖图</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="189"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="196"/>
        <source>Cannot export the graph</source>
        <translation>无法导出依赖图</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="198"/>
        <source>Exported the graph to %1</source>
        <translation>已将依赖图导出到 %1</translation>
    </message>
</context>
<context>
    <name>strata::qt::MatrixModel</name>
    <message>
        <location filename="../models/matrixmodel.cpp" line="56"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="61"/>
        <source>Breaks transitivity: each step in between is read-compatible, but this pair is not.</source>
        <translation>破坏传递性：其间每一步都读兼容，但这对版本不兼容。</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="67"/>
        <source>transitivity break</source>
        <translation>破坏传递性</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="86"/>
        <source>Older version (writer) %1</source>
        <translation>旧版本（写方）%1</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="87"/>
        <source>Newer version (reader) %1</source>
        <translation>新版本（读方）%1</translation>
    </message>
</context>
<context>
    <name>strata::qt::MatrixView</name>
    <message>
        <location filename="../views/matrixview.cpp" line="66"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="69"/>
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;⚠&lt;/b&gt; red outline: breaks transitivity</source>
        <translation>&lt;b style=&apos;color:#d32f2f&apos;&gt;⚠&lt;/b&gt; 红框：破坏传递性</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="72"/>
        <source>Compatibility matrix</source>
        <translation>兼容性矩阵</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="81"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="85"/>
        <source>Rows: older version (writer). Columns: newer version (reader). Double-click a cell to open the diff.</source>
        <translation>行：旧版本（写方）。列：新版本（读方）。双击单元格打开差异。</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="134"/>
        <source>The workspace has no types.</source>
        <translation>工作区中没有类型。</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="139"/>
        <source>The compatibility matrix is not available in this build (the engine&apos;s strata::compatibilityMatrix is missing).</source>
        <translation>此版本不支持兼容性矩阵（缺少引擎的 strata::compatibilityMatrix）。</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="143"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="152"/>
        <source>Policy %1. </source>
        <translation>策略 %1。</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="153"/>
        <source>No transitivity breaks.</source>
        <translation>没有破坏传递性的版本对。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/matrixview.cpp" line="154"/>
        <source>%n pair(s) break transitivity: each step between them is read-compatible, the pair itself is not.</source>
        <translation>
            <numerusform>%n 对版本破坏传递性：其间每一步都读兼容，但这对版本本身不兼容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::qt::PlannerView</name>
    <message>
        <location filename="../views/plannerview.cpp" line="49"/>
        <source>%1/%2 (%3, supports %4 – %5)</source>
        <translation>%1/%2（%3，支持 %4 – %5）</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="76"/>
        <source>Upgrade from</source>
        <translation>升级起点</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="77"/>
        <source>Upgrade to</source>
        <translation>升级目标</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="78"/>
        <source>Analyse upgrade</source>
        <translation>分析升级</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="79"/>
        <source>Show on graph</source>
        <translation>在依赖图中显示</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="83"/>
        <source>Analyse the upgrade from A to B (Ctrl+R)</source>
        <translation>分析从 A 到 B 的升级（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="88"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="89"/>
        <source>Impact of the upgrade</source>
        <translation>升级的影响</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="93"/>
        <source>A (now):</source>
        <translation>A（当前）：</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="95"/>
        <source>B (target):</source>
        <translation>B（目标）：</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="121"/>
        <source>Pick the version in use (A) and the target (B), then analyse.</source>
        <translation>选择当前使用的版本（A）和目标版本（B），然后分析。</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="137"/>
        <source>Pick two different versions of the same type.</source>
        <translation>请选择同一类型的两个不同版本。</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="140"/>
        <source>Analysing %1 → %2…</source>
        <translation>正在分析 %1 → %2…</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="150"/>
        <source>Upgrade %1 → %2.</source>
        <translation>升级 %1 → %2。</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="161"/>
        <source>Dependents of %1</source>
        <translation>依赖 %1 的版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="162"/>
        <source>nothing references this version</source>
        <translation>没有任何版本引用此版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="163"/>
        <source>Store objects holding %1</source>
        <translation>存放 %1 的存储对象</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="164"/>
        <source>no store holds this version</source>
        <translation>没有存储存放此版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="166"/>
        <source>Cluster nodes that cannot run %1 yet</source>
        <translation>尚不能运行 %1 的集群节点</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="167"/>
        <source>every node supports the target</source>
        <translation>所有节点都支持目标版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="169"/>
        <source>&lt;b&gt;Best path and rollout order:&lt;/b&gt; not available in this build — they need the engine&apos;s graph module (strata::graph: impact, best upgrade path) and cluster module (strata::cluster: rollout order).</source>
        <translation>&lt;b&gt;最佳路径与发布顺序：&lt;/b&gt;此版本不可用——需要引擎的图模块（strata::graph：影响分析、最佳升级路径）和集群模块（strata::cluster：发布顺序）。</translation>
    </message>
</context>
<context>
    <name>strata::qt::ProblemsModel</name>
    <message>
        <location filename="../models/problemsmodel.cpp" line="36"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="37"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="38"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="39"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="60"/>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="61"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="62"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="64"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>strata::qt::SchemaEditor</name>
    <message>
        <location filename="../views/schemaeditor.cpp" line="76"/>
        <source>%1 is not a valid %2 value.</source>
        <translation>%1 不是有效的 %2 值。</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="81"/>
        <source>A field name starts with a letter or _ and has letters, digits, _.</source>
        <translation>字段名以字母或 _ 开头，只含字母、数字和 _。</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="104"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="104"/>
        <source>Start an editable draft (Ctrl+Shift+N)</source>
        <translation>新建可编辑的草稿（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="105"/>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="105"/>
        <source>Add a nullable field (Ctrl+Shift+A)</source>
        <translation>添加一个可空字段（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="106"/>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="106"/>
        <source>Remove the selected field (Ctrl+Del)</source>
        <translation>删除所选字段（Ctrl+Del）</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="107"/>
        <source>Keep old name as alias when renaming</source>
        <translation>重命名时保留旧名称作为别名</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="111"/>
        <source>Add constraint</source>
        <translation>添加约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="111"/>
        <source>Add the constraint described</source>
        <translation>添加所描述的约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="112"/>
        <location filename="../views/schemaeditor.cpp" line="314"/>
        <source>Remove constraint</source>
        <translation>删除约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="112"/>
        <source>Remove the selected constraint</source>
        <translation>删除所选约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="124"/>
        <source>Validation message</source>
        <translation>校验消息</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="135"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="148"/>
        <location filename="../views/schemaeditor.cpp" line="163"/>
        <source>Constraints</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="152"/>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="153"/>
        <source>unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="154"/>
        <source>not null</source>
        <translation>非空</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="155"/>
        <source>check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="156"/>
        <source>Constraint kind</source>
        <translation>约束类型</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="157"/>
        <source>fields, comma separated</source>
        <translation>字段，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="158"/>
        <source>Constraint fields</source>
        <translation>约束字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="159"/>
        <source>check expression, e.g. total &gt;= 0</source>
        <translation>检查表达式，例如 total &gt;= 0</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="160"/>
        <source>Check expression</source>
        <translation>检查表达式</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="223"/>
        <source>No version selected</source>
        <translation>未选择版本</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="225"/>
        <source>Pick a version in the Types panel.</source>
        <translation>请在“类型”面板中选择一个版本。</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="227"/>
        <source>&lt;b&gt;draft&lt;/b&gt; — editable; double-click a cell to change it</source>
        <translation>&lt;b&gt;草稿&lt;/b&gt;——可编辑；双击单元格进行修改</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="229"/>
        <source>published — read-only; press &lt;i&gt;New version&lt;/i&gt; to edit a copy</source>
        <translation>已发布——只读；按&lt;i&gt;新建版本&lt;/i&gt;编辑副本</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="265"/>
        <source>Add field %1</source>
        <translation>添加字段 %1</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="283"/>
        <source>Remove field %1</source>
        <translation>删除字段 %1</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="298"/>
        <source>Add %1 constraint</source>
        <translation>添加%1约束</translation>
    </message>
</context>
<context>
    <name>strata::qt::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="19"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="23"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="24"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="25"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="26"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="28"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="30"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="31"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="33"/>
        <source>Autosave interval</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="36"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="37"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="38"/>
        <source>&amp;Autosave a recovery copy every:</source>
        <translation>自动保存恢复副本的间隔(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="39"/>
        <source>A language change takes effect the next time Strata starts.</source>
        <translation>语言更改将在下次启动 Strata 时生效。</translation>
    </message>
</context>
<context>
    <name>strata::qt::TypeTreeModel</name>
    <message numerus="yes">
        <location filename="../models/typetreemodel.cpp" line="74"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="98"/>
        <source>%1 (draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/typetreemodel.cpp" line="101"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="121"/>
        <source>Type / version</source>
        <translation>类型 / 版本</translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="122"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="123"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>strata::qt::VerdictPanel</name>
    <message>
        <location filename="../views/verdictpanel.cpp" line="128"/>
        <source>Policy check</source>
        <translation>策略检查</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="157"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="158"/>
        <source>Select a version to see its verdict against the previous version.</source>
        <translation>选择一个版本以查看它相对上一版本的判定。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="164"/>
        <source>This is the first version of its type: nothing to compare with.</source>
        <translation>这是该类型的第一个版本：没有可比较的版本。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="168"/>
        <source>%1 against %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="170"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="195"/>
        <source>Policy %1: accepted.</source>
        <translation>策略 %1：已接受。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="196"/>
        <source>Policy %1: refused.</source>
        <translation>策略 %1：已拒绝。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="201"/>
        <source>Policy %1 (policy check not available in this build).</source>
        <translation>策略 %1（此版本不支持策略检查）。</translation>
    </message>
</context>
<context>
    <name>strata::qt::VerdictWidget</name>
    <message>
        <location filename="../views/verdictpanel.cpp" line="28"/>
        <source>compatible, lossy</source>
        <translation>兼容，有损</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="29"/>
        <source>compatible</source>
        <translation>兼容</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="30"/>
        <source>incompatible</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="44"/>
        <source>Read compatibility</source>
        <translation>读兼容性</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="45"/>
        <source>Write compatibility</source>
        <translation>写兼容性</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="46"/>
        <source>Read: can the newer version decode data written with the older one?</source>
        <translation>读：新版本能否解码用旧版本写入的数据？</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="47"/>
        <source>Write: can the older version decode data written with the newer one?</source>
        <translation>写：旧版本能否解码用新版本写入的数据？</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="49"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="55"/>
        <source>Counter-examples</source>
        <translation>反例</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="57"/>
        <source>No counter-examples: every direction is compatible.</source>
        <translation>没有反例：所有方向都兼容。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="69"/>
        <source>Counter-examples (records that really fail):</source>
        <translation>反例（确实无法读取的记录）：</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="78"/>
        <source>No verdict yet.</source>
        <translation>尚无判定。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="93"/>
        <source>Verdicts are not available in this build (the engine&apos;s strata::checkPair is missing).</source>
        <translation>此版本不支持判定（缺少引擎的 strata::checkPair）。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="97"/>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="98"/>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="108"/>
        <location filename="../views/verdictpanel.cpp" line="112"/>
        <source>Written by %1, unreadable by %2:
</source>
        <translation>由 %1 写入，%2 无法读取：
</translation>
    </message>
</context>
<context>
    <name>strata::qt::VersionPicker</name>
    <message>
        <location filename="../views/versionpicker.cpp" line="21"/>
        <source>%1: type</source>
        <translation>%1：类型</translation>
    </message>
    <message>
        <location filename="../views/versionpicker.cpp" line="22"/>
        <source>%1: version</source>
        <translation>%1：版本</translation>
    </message>
</context>
<context>
    <name>strata::qt::WorkspaceDocument</name>
    <message>
        <location filename="../models/workspacedocument.cpp" line="74"/>
        <location filename="../models/workspacedocument.cpp" line="81"/>
        <location filename="../models/workspacedocument.cpp" line="122"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="88"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="129"/>
        <source>This workspace has no file yet; use Save As.</source>
        <translation>此工作区还没有文件；请使用“另存为”。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="152"/>
        <source>The workspace already has a type named %1.</source>
        <translation>工作区中已有名为 %1 的类型。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="182"/>
        <source>New version %1</source>
        <translation>新建版本 %1</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="191"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="193"/>
        <source>%1 is published and cannot change; create a new version to edit.</source>
        <translation>%1 已发布，不能修改；请新建版本后再编辑。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="257"/>
        <source>No recovery folder is set.</source>
        <translation>未设置恢复目录。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="276"/>
        <source>Cannot open the recovery file: %1</source>
        <translation>无法打开恢复文件：%1</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="283"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
</context>
</TS>
