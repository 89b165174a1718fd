<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FindingText</name>
    <message>
        <location filename="../models/findingtext.cpp" line="38"/>
        <source>Reader field &apos;%1&apos; is absent from the writer and is filled with its default %2.</source>
        <translation>读取方字段“%1”在写入方中不存在，将以其默认值 %2 填充。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="44"/>
        <source>Reader field &apos;%1&apos; is absent from the writer and has no default.</source>
        <translation>读取方字段“%1”在写入方中不存在，且没有默认值。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="50"/>
        <source>Reader field &apos;%1&apos; reads writer field &apos;%2&apos; through its alias.</source>
        <translation>读取方字段“%1”通过别名读取写入方字段“%2”。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="55"/>
        <source>Writer field &apos;%1&apos; is unknown to the reader and is skipped.</source>
        <translation>读取方不认识写入方字段“%1”，将跳过该字段。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="60"/>
        <source>The writer allows null here but the reader requires a value.</source>
        <translation>写入方在此允许 null，但读取方要求必须有值。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="65"/>
        <source>Promoting %1 to %2 can lose precision.</source>
        <translation>将 %1 提升为 %2 可能丢失精度。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="70"/>
        <source>The writer&apos;s %1 cannot be read as %2 (narrowing is never implicit).</source>
        <translation>写入方的 %1 无法按 %2 读取（收窄转换从不隐式进行）。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="76"/>
        <source>The writer&apos;s %1 cannot be read as %2.</source>
        <translation>写入方的 %1 无法按 %2 读取。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="81"/>
        <source>The writer&apos;s %1 does not fit the reader&apos;s %2 (integer digits or scale would be cut).</source>
        <translation>写入方的 %1 放不进读取方的 %2（整数位或小数位会被截断）。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="87"/>
        <source>Struct</source>
        <translation>结构体</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="88"/>
        <source>Enum</source>
        <translation>枚举</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="89"/>
        <source>%1 &apos;%2&apos; is named &apos;%3&apos; by the reader: harmless for stores that resolve by structure, breaking for Avro unless the reader declares &apos;%2&apos; as an alias.</source>
        <translation>%1“%2”在读取方中名为“%3”：对按结构解析的存储无害，但对 Avro 是破坏性的，除非读取方将“%2”声明为别名。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="96"/>
        <source>Writer symbol &apos;%1&apos; is unknown to the reader and reads as its enum default &apos;%2&apos;.</source>
        <translation>读取方不认识写入方符号“%1”，将读作其枚举默认值“%2”。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="102"/>
        <source>Writer symbol &apos;%1&apos; is unknown to the reader, whose enum declares no default.</source>
        <translation>读取方不认识写入方符号“%1”，且其枚举未声明默认值。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="108"/>
        <source>The reference to %1 cannot be resolved.</source>
        <translation>无法解析对 %1 的引用。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="112"/>
        <source>Foreign key %1 references column &apos;%2&apos;, which %3 no longer has.</source>
        <translation>外键 %1 引用了列“%2”，而 %3 已不再包含该列。</translation>
    </message>
    <message>
        <location filename="../models/findingtext.cpp" line="118"/>
        <source>The upgrade breaks the policy of %1 for the data at &apos;%2&apos;.</source>
        <translation>此次升级破坏了 %1 对“%2”处数据的策略。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../models/bridge.cpp" line="34"/>
        <source>safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="36"/>
        <source>read-only</source>
        <translation>仅读兼容</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="38"/>
        <source>write-only</source>
        <translation>仅写兼容</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="40"/>
        <source>breaking</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="44"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="50"/>
        <source>Compatible both ways: upgrade readers and writers in any order.</source>
        <translation>双向兼容：读方和写方可按任意顺序升级。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="52"/>
        <source>The newer version reads old data, but old readers cannot read new data: upgrade readers first.</source>
        <translation>新版本能读旧数据，但旧读方不能读新数据：先升级读方。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="55"/>
        <source>Old readers read new data, but the newer version cannot read old data: upgrade writers first.</source>
        <translation>旧读方能读新数据，但新版本不能读旧数据：先升级写方。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="58"/>
        <source>Incompatible both ways: needs a migration of the stored data.</source>
        <translation>双向不兼容：需要迁移已存储的数据。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="62"/>
        <source>No verdict available.</source>
        <translation>没有可用的判定。</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="120"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="122"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="124"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="130"/>
        <source>read (new reads old)</source>
        <translation>读（新读旧）</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="131"/>
        <source>write (old reads new)</source>
        <translation>写（旧读新）</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="137"/>
        <source>reader</source>
        <translation>读方</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="139"/>
        <source>writer</source>
        <translation>写方</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="141"/>
        <source>reader and writer</source>
        <translation>读方和写方</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="163"/>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="165"/>
        <source>unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="167"/>
        <source>foreign key</source>
        <translation>外键</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="169"/>
        <source>check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../models/bridge.cpp" line="171"/>
        <source>not null</source>
        <translation>非空</translation>
    </message>
</context>
<context>
    <name>RolloutText</name>
    <message>
        <location filename="../models/rollouttext.cpp" line="22"/>
        <source>no live node of %1 declares a range for %2</source>
        <translation>%1 中没有在线节点声明 %2 的版本范围</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="25"/>
        <source>%1 of %2 live nodes support %3 (all are needed)</source>
        <translation>%2 个在线节点中有 %1 个支持 %3（需要全部节点）</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="28"/>
        <source>%1 of %2 live nodes support %3 (quorum %4)</source>
        <translation>%2 个在线节点中有 %1 个支持 %3（法定数 %4）</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="31"/>
        <source>no version of %1 is supported by every live node: %2</source>
        <translation>没有任何 %1 版本被所有在线节点支持：%2</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="34"/>
        <source>no version of %1 is supported by a quorum of %2: %3</source>
        <translation>没有任何 %1 版本得到法定数 %2 个节点的支持：%3</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="37"/>
        <source>no finalised version before the rollout</source>
        <translation>发布前没有最终版本</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="38"/>
        <source>no finalised version before the rollout: %1</source>
        <translation>发布前没有最终版本：%1</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="41"/>
        <source>%1 is already finalised</source>
        <translation>%1 已是最终版本</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="43"/>
        <source>neither %1 nor %2 reads the other&apos;s data</source>
        <translation>%1 和 %2 都无法读取对方的数据</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="46"/>
        <source>node %1 supports %2 %3 only, nothing as old as %4</source>
        <translation>节点 %1 仅支持 %2 %3，不支持 %4 这样旧的版本</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="49"/>
        <source>node %1 supports %2 %3: its upgrade must bring support for %4</source>
        <translation>节点 %1 支持 %2 %3：其升级必须带来对 %4 的支持</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="52"/>
        <source>node %1 is down and supports only %2: finalising %3 would leave it unable to read the data when it returns</source>
        <translation>节点 %1 已离线且仅支持 %2：将 %3 定为最终版本会使它恢复后无法读取数据</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="56"/>
        <source>node %1 is down; it is not upgraded now and must be upgraded when it returns</source>
        <translation>节点 %1 已离线；现在不会升级，恢复后必须升级</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="60"/>
        <source>%1 live nodes both read and write %2: with compatibility in one direction only, an upgraded one would exchange data with one not yet upgraded that cannot read it</source>
        <translation>%1 个在线节点同时读写 %2：兼容性只在一个方向成立时，已升级的节点会与尚未升级、无法读取其数据的节点交换数据</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="65"/>
        <source>store %1 holds %2 records that %3 cannot read: migrate it before readers move</source>
        <translation>存储对象 %1 存放着 %3 无法读取的 %2 记录：请在读方升级之前迁移它</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="69"/>
        <source>both versions read each other&apos;s data: any order</source>
        <translation>两个版本都能读取对方的数据：顺序不限</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="71"/>
        <source>reads and writes: between the readers and the writers</source>
        <translation>既读又写：在读方和写方之间</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="73"/>
        <source>readers first: the target reads the old data</source>
        <translation>读方优先：目标版本能读取旧数据</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="75"/>
        <source>writers first: old readers read the target&apos;s data</source>
        <translation>写方优先：旧读方能读取目标版本的数据</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="77"/>
        <source>writers last: old readers cannot read the target&apos;s data</source>
        <translation>写方最后：旧读方无法读取目标版本的数据</translation>
    </message>
    <message>
        <location filename="../models/rollouttext.cpp" line="79"/>
        <source>readers last: the target cannot read old data</source>
        <translation>读方最后：目标版本无法读取旧数据</translation>
    </message>
</context>
<context>
    <name>SchemaEdits</name>
    <message>
        <location filename="../models/schemaedits.cpp" line="44"/>
        <source>Type a data type, for example int64 or decimal(10,2).</source>
        <translation>请输入数据类型，例如 int64 或 decimal(10,2)。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="66"/>
        <source>Not valid JSON: write a number, true/false, null, &quot;text&quot;, [..] or {..}.</source>
        <translation>不是有效的 JSON：请写数字、true/false、null、&quot;文本&quot;、[..] 或 {..}。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="76"/>
        <location filename="../models/schemaedits.cpp" line="102"/>
        <source>A field name starts with a letter or _ and has letters, digits, _.</source>
        <translation>字段名以字母或 _ 开头，只含字母、数字和 _。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="88"/>
        <location filename="../models/schemaedits.cpp" line="99"/>
        <location filename="../models/schemaedits.cpp" line="120"/>
        <location filename="../models/schemaedits.cpp" line="131"/>
        <location filename="../models/schemaedits.cpp" line="138"/>
        <location filename="../models/schemaedits.cpp" line="145"/>
        <location filename="../models/schemaedits.cpp" line="161"/>
        <location filename="../models/schemaedits.cpp" line="168"/>
        <source>No such field.</source>
        <translation>没有该字段。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="152"/>
        <source>Alias &quot;%1&quot; is not a valid field name.</source>
        <translation>别名“%1”不是有效的字段名。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="171"/>
        <source>Only enum fields have symbols.</source>
        <translation>只有枚举字段才有符号。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="177"/>
        <source>An enum needs at least one symbol.</source>
        <translation>枚举至少需要一个符号。</translation>
    </message>
    <message>
        <location filename="../models/schemaedits.cpp" line="189"/>
        <source>No such constraint.</source>
        <translation>没有该约束。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Strata: schema evolution console for PostgreSQL, Kafka, Elasticsearch and TiKV.</source>
        <translation>Strata：面向 PostgreSQL、Kafka、Elasticsearch 和 TiKV 的模式演进控制台。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Render a view to FILE (PNG) and exit.</source>
        <translation>将视图渲染为 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>View for --screenshot: main, settings, schema, diff, matrix, graph, planner, clusters, migration, migration-run (runs a migration of the demo database first).</source>
        <translation>--screenshot 使用的视图：main、settings、schema、diff、matrix、graph、planner、clusters、migration、migration-run（先对演示数据库执行一次迁移）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Workspace file to open (default: the bundled demo).</source>
        <translation>要打开的工作区文件（默认：内置演示）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="79"/>
        <source>demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="84"/>
        <source>--view only applies with --screenshot FILE</source>
        <translation>--view 只能与 --screenshot FILE 一起使用</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="101"/>
        <source>Screenshot written to %1</source>
        <translation>截图已写入 %1</translation>
    </message>
</context>
<context>
    <name>strata::qt</name>
    <message>
        <location filename="../views/screenshot.cpp" line="91"/>
        <source>the image cannot be encoded</source>
        <translation>无法编码该图像</translation>
    </message>
    <message>
        <location filename="../views/screenshot.cpp" line="93"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../views/screenshot.cpp" line="113"/>
        <source>Unknown view &quot;%1&quot;; use main, settings, migration-run or one of: %2</source>
        <translation>未知视图“%1”；请使用 main、settings、migration-run 或以下之一：%2</translation>
    </message>
</context>
<context>
    <name>strata::qt::AuditModel</name>
    <message>
        <location filename="../models/migrationmodels.cpp" line="78"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="80"/>
        <source>Actor</source>
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="82"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="84"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="86"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="88"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="90"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>strata::qt::ClusterModel</name>
    <message>
        <location filename="../models/clustermodel.cpp" line="30"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="32"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="34"/>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="62"/>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="62"/>
        <source>down</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>strata::qt::ClusterView</name>
    <message>
        <location filename="../views/clusterview.cpp" line="35"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="37"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="39"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="41"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="43"/>
        <source>failed</source>
        <translation>已失败</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="45"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="71"/>
        <source>Rollout target</source>
        <translation>发布目标</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="107"/>
        <source>Plan rollout</source>
        <translation>规划发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="112"/>
        <source>Upgrade next node</source>
        <translation>升级下一个节点</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="84"/>
        <source>Load inventory from database</source>
        <translation>从数据库加载节点清单</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="55"/>
        <source>refusing to start the rollout of %1: %2</source>
        <translation>拒绝启动 %1 的发布：%2</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="83"/>
        <source>Profile of the inventory database</source>
        <translation>节点清单数据库的连接配置</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="85"/>
        <source>Read the nodes of this cluster from the live table strata.node_inventory</source>
        <translation>从实时表 strata.node_inventory 读取此集群的节点</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="99"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="100"/>
        <source>Finalised versions</source>
        <translation>最终版本</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="101"/>
        <source>Nodes and supported version ranges</source>
        <translation>节点及其支持的版本范围</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="102"/>
        <source>Store objects</source>
        <translation>存储对象</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="104"/>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="104"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="104"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="104"/>
        <source>Holds</source>
        <translation>存放版本</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="104"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="105"/>
        <source>Rollout order</source>
        <translation>发布顺序</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="106"/>
        <source>Rollout state</source>
        <translation>发布状态</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="119"/>
        <source>Cluster:</source>
        <translation>集群：</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="123"/>
        <source>Inventory:</source>
        <translation>节点清单：</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="131"/>
        <source>Rollout</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="158"/>
        <source>Store objects and the version they hold</source>
        <translation>存储对象及其存放的版本</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="203"/>
        <source>Start the rollout</source>
        <translation>开始发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="210"/>
        <source>Pause the rollout</source>
        <translation>暂停发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="212"/>
        <source>Resume the rollout</source>
        <translation>继续发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="214"/>
        <source>Cancel the rollout</source>
        <translation>取消发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="221"/>
        <source>Upgrade the next node</source>
        <translation>升级下一个节点</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="316"/>
        <source>Pick a cluster and a PostgreSQL profile.</source>
        <translation>请选择一个集群和一个 PostgreSQL 连接配置。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="321"/>
        <source>Reading the inventory of %1 from %2…</source>
        <translation>正在从 %2 读取 %1 的节点清单…</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="339"/>
        <source>Live inventory: %1</source>
        <translation>实时节点清单：%1</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="345"/>
        <source>live inventory from %1 at %2</source>
        <translation>实时节点清单，来自 %1，读取于 %2</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="375"/>
        <source>The saved rollout of %1 cannot be planned again: %2</source>
        <translation>已保存的 %1 发布无法重新规划：%2</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="409"/>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="410"/>
        <source>%1 &lt;b&gt;none&lt;/b&gt; (%2)</source>
        <translation>%1 &lt;b&gt;无&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="412"/>
        <source>Finalised versions: %1</source>
        <translation>最终版本：%1</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="431"/>
        <source>Pick a cluster and a target version.</source>
        <translation>请选择集群和目标版本。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="442"/>
        <source>Plan a rollout</source>
        <translation>规划发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="450"/>
        <source>wave %1: %2 (%3) — %4</source>
        <translation>第 %1 批：%2（%3）——%4</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="454"/>
        <source>blocked: %1</source>
        <translation>受阻：%1</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="456"/>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="468"/>
        <source>Pick a target version and plan a rollout.</source>
        <translation>请选择目标版本并规划发布。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="473"/>
        <source>Rollout of %1: &lt;b&gt;%2&lt;/b&gt;, %3 of %4 node(s) upgraded. %5</source>
        <translation>%1 的发布：&lt;b&gt;%2&lt;/b&gt;，已升级 %4 个节点中的 %3 个。%5</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="477"/>
        <source>Safe to roll out.</source>
        <translation>可以安全发布。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="477"/>
        <source>Not safe to roll out.</source>
        <translation>发布不安全。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="108"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="109"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="110"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="132"/>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="114"/>
        <source>%1 rollout</source>
        <translation>%1发布</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="392"/>
        <source>The workspace has no clusters.</source>
        <translation>工作区中没有集群。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="399"/>
        <source>%1 of %2 node(s) live. Quorum: %3. Each cell is the range of versions a node can read and write for that type.</source>
        <translation>%2 个节点中有 %1 个在线。法定数：%3。每个单元格是该节点对该类型可读写的版本范围。</translation>
    </message>
    <message>
        <location filename="../views/clusterview.cpp" line="403"/>
        <source>every live node</source>
        <translation>所有在线节点</translation>
    </message>
</context>
<context>
    <name>strata::qt::ConnectionStatus</name>
    <message>
        <location filename="../models/postgresaccess.cpp" line="20"/>
        <source>● Offline — editing the workspace file</source>
        <translation>● 离线——正在编辑工作区文件</translation>
    </message>
    <message>
        <location filename="../models/postgresaccess.cpp" line="22"/>
        <source>● %1: connecting…</source>
        <translation>● %1：正在连接…</translation>
    </message>
    <message>
        <location filename="../models/postgresaccess.cpp" line="24"/>
        <source>● %1: connected</source>
        <translation>● %1：已连接</translation>
    </message>
    <message>
        <location filename="../models/postgresaccess.cpp" line="26"/>
        <source>● %1: failed — %2</source>
        <translation>● %1：连接失败——%2</translation>
    </message>
</context>
<context>
    <name>strata::qt::ConstraintTableModel</name>
    <message>
        <location filename="../models/constrainttablemodel.cpp" line="17"/>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../models/constrainttablemodel.cpp" line="19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../models/constrainttablemodel.cpp" line="21"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
</context>
<context>
    <name>strata::qt::DiffModel</name>
    <message>
        <location filename="../models/diffmodel.cpp" line="41"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="43"/>
        <source> (lossy)</source>
        <translation>（有损）</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="54"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="56"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="58"/>
        <source>renamed from %1</source>
        <translation>由 %1 重命名</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="60"/>
        <source>looks renamed from %1, but no alias</source>
        <translation>疑似由 %1 重命名，但没有别名</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="64"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="66"/>
        <source>default %1 → %2</source>
        <translation>默认值 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="68"/>
        <source>aliases %1 → %2</source>
        <translation>别名 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="70"/>
        <source>symbols added: %1</source>
        <translation>新增符号：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="72"/>
        <source>symbols removed: %1</source>
        <translation>删除符号：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="74"/>
        <source>enum default %1 → %2</source>
        <translation>枚举默认值 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="76"/>
        <source>type name %1 → %2</source>
        <translation>类型名 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="78"/>
        <source>constraint added: %1</source>
        <translation>新增约束：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="80"/>
        <source>constraint removed: %1</source>
        <translation>删除约束：%1</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="82"/>
        <source>description changed</source>
        <translation>说明已更改</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="136"/>
        <source>Older field</source>
        <translation>旧版字段</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="138"/>
        <source>Older type</source>
        <translation>旧版类型</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="140"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="142"/>
        <source>Newer field</source>
        <translation>新版字段</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="144"/>
        <source>Newer type</source>
        <translation>新版类型</translation>
    </message>
    <message>
        <location filename="../models/diffmodel.cpp" line="146"/>
        <source>Effect</source>
        <translation>影响</translation>
    </message>
</context>
<context>
    <name>strata::qt::DiffView</name>
    <message>
        <location filename="../views/diffview.cpp" line="39"/>
        <source>Older version</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="41"/>
        <source>Newer version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="50"/>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="51"/>
        <source>Swap older and newer</source>
        <translation>交换旧版本和新版本</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="52"/>
        <source>Older:</source>
        <translation>旧版本：</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="53"/>
        <source>Newer:</source>
        <translation>新版本：</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="55"/>
        <source>Field differences</source>
        <translation>字段差异</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="108"/>
        <source>Pick two versions of a type to compare.</source>
        <translation>请选择一个类型的两个版本进行比较。</translation>
    </message>
    <message>
        <location filename="../views/diffview.cpp" line="111"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>strata::qt::FieldTableModel</name>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="49"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="51"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="53"/>
        <source>Nullable</source>
        <translation>可空</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="55"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="57"/>
        <source>Enum symbols</source>
        <translation>枚举符号</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="59"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="61"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="94"/>
        <source>Readers fill this value when old data lacks the field.</source>
        <translation>旧数据缺少该字段时，读方用此值补齐。</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="95"/>
        <source>No default: a reader cannot fill this field from data written without it.</source>
        <translation>没有默认值：读方无法为缺少该字段的数据补齐此字段。</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="123"/>
        <source>Make %1 nullable</source>
        <translation>将 %1 设为可空</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="123"/>
        <source>Make %1 required</source>
        <translation>将 %1 设为必填</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="129"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="137"/>
        <source>Change type of %1 to %2</source>
        <translation>将 %1 的类型改为 %2</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="145"/>
        <source>Change default of %1</source>
        <translation>修改 %1 的默认值</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="149"/>
        <source>Change symbols of %1</source>
        <translation>修改 %1 的枚举符号</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="153"/>
        <source>Change aliases of %1</source>
        <translation>修改 %1 的别名</translation>
    </message>
    <message>
        <location filename="../models/fieldtablemodel.cpp" line="156"/>
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
        <location filename="../models/findingsmodel.cpp" line="19"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="21"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="23"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../models/findingsmodel.cpp" line="25"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>strata::qt::GraphView</name>
    <message>
        <location filename="../views/graphview.cpp" line="95"/>
        <source>Collapse versions per type</source>
        <translation>按类型折叠版本</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="96"/>
        <source>Dependency graph</source>
        <translation>依赖图</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="97"/>
        <source>Find a type or version (Ctrl+F)</source>
        <translation>查找类型或版本（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="98"/>
        <source>Find in graph</source>
        <translation>在依赖图中查找</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="99"/>
        <source>Layout in progress</source>
        <translation>正在布局</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="87"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="87"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="88"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="88"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="89"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="89"/>
        <source>Fit the graph in the view (Ctrl+0)</source>
        <translation>使依赖图适应视图（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="101"/>
        <source>&lt;span style=&apos;color:#1f77b4&apos;&gt;━ references&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;━ foreign key&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#909090&apos;&gt;╌ evolves to&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;╌ converter&lt;/span&gt; &amp;nbsp; Click a node: &lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;depends on&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;depended on by&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1f77b4&apos;&gt;━ 引用&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#8e44ad&apos;&gt;━ 外键&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#909090&apos;&gt;╌ 演进为&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;╌ 转换器&lt;/span&gt; &amp;nbsp; 点击节点：&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;它依赖的&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;依赖它的&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="219"/>
        <location filename="../views/graphview.cpp" line="267"/>
        <source>Laying out the graph…</source>
        <translation>正在布局依赖图…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graphview.cpp" line="256"/>
        <source>%n node(s), </source>
        <translation>
            <numerusform>%n 个节点，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/graphview.cpp" line="257"/>
        <source>%n edge(s). Scroll to zoom, drag to pan.</source>
        <translation>
            <numerusform>%n 条边。滚动缩放，拖动平移。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="260"/>
        <source>Graph problems: %1</source>
        <translation>依赖图问题：%1</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="305"/>
        <source>%1 depends on %2 node(s); %3 node(s) depend on it.</source>
        <translation>%1 依赖 %2 个节点；%3 个节点依赖它。</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="367"/>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="427"/>
        <location filename="../views/graphview.cpp" line="445"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="420"/>
        <source>Strata dependency graph</source>
        <translation>Strata 依赖图</translation>
    </message>
    <message>
        <location filename="../views/graphview.cpp" line="423"/>
        <location filename="../views/graphview.cpp" line="443"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>strata::qt::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="110"/>
        <location filename="../views/mainwindow.cpp" line="310"/>
        <source>&amp;Schema</source>
        <translation>模式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="110"/>
        <location filename="../views/mainwindow.cpp" line="310"/>
        <source>&amp;Diff</source>
        <translation>差异(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="110"/>
        <location filename="../views/mainwindow.cpp" line="311"/>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="110"/>
        <location filename="../views/mainwindow.cpp" line="311"/>
        <source>&amp;Graph</source>
        <translation>依赖图(&amp;G)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="111"/>
        <location filename="../views/mainwindow.cpp" line="312"/>
        <source>&amp;Upgrade planner</source>
        <translation>升级规划(&amp;U)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="111"/>
        <location filename="../views/mainwindow.cpp" line="312"/>
        <source>C&amp;lusters</source>
        <translation>集群(&amp;L)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="111"/>
        <location filename="../views/mainwindow.cpp" line="313"/>
        <source>M&amp;igration</source>
        <translation>迁移(&amp;I)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="114"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="150"/>
        <source>Filter types (Ctrl+L)</source>
        <translation>筛选类型（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="151"/>
        <source>Filter types</source>
        <translation>筛选类型</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="156"/>
        <source>Types and versions</source>
        <translation>类型与版本</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="200"/>
        <source>Types</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="203"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="208"/>
        <location filename="../views/mainwindow.cpp" line="214"/>
        <source>Log and problems</source>
        <translation>日志与问题</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="249"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="251"/>
        <source>&amp;New workspace</source>
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="253"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="254"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="255"/>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="260"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="261"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="263"/>
        <source>&amp;Import Avro schema…</source>
        <translation>导入 Avro 模式(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="263"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="265"/>
        <source>Import from &amp;PostgreSQL…</source>
        <translation>从 PostgreSQL 导入(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="266"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="267"/>
        <source>&amp;Export graph…</source>
        <translation>导出依赖图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="267"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="270"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="273"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="367"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="369"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="276"/>
        <source>&amp;New version (draft)</source>
        <translation>新建版本（草稿）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="276"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="281"/>
        <source>&amp;Add field</source>
        <translation>添加字段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="281"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="285"/>
        <source>&amp;Remove field</source>
        <translation>删除字段(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="285"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="288"/>
        <source>&amp;Find in graph</source>
        <translation>在依赖图中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="292"/>
        <source>Filter &amp;types</source>
        <translation>筛选类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="292"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="297"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="308"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="318"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="319"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="321"/>
        <source>&amp;Fit graph</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="321"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="327"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="328"/>
        <source>&amp;Analyse upgrade</source>
        <translation>分析升级(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="328"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="332"/>
        <source>&amp;Compare with previous version</source>
        <translation>与上一版本比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="332"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="341"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="342"/>
        <source>&amp;About Strata</source>
        <translation>关于 Strata(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="343"/>
        <source>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;Schema evolution console for PostgreSQL, Kafka, Elasticsearch and TiKV.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Strata %1&lt;/h3&gt;&lt;p&gt;面向 PostgreSQL、Kafka、Elasticsearch 和 TiKV 的模式演进控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="346"/>
        <source>About Strata</source>
        <translation>关于 Strata</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="350"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="399"/>
        <source>No live cluster connection; verdicts and plans use the workspace file.</source>
        <translation>没有实时集群连接；判定和计划基于工作区文件。</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="401"/>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="450"/>
        <source>Background work running</source>
        <translation>后台任务运行中</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="450"/>
        <source>No background work</source>
        <translation>没有后台任务</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="464"/>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="465"/>
        <source>bundled demo</source>
        <translation>内置演示</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="468"/>
        <source>Workspace: %1 (%2)</source>
        <translation>工作区：%1（%2）</translation>
    </message>
    <message>
        <location filename="../views/mainwindow.cpp" line="476"/>
        <source>%1 types · %2 versions · %3 clusters · %4 stores</source>
        <translation>%1 个类型 · %2 个版本 · %3 个集群 · %4 个存储</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="589"/>
        <source>Imported %n relation(s) from PostgreSQL</source>
        <translation>
            <numerusform>已从 PostgreSQL 导入 %n 个关系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="30"/>
        <location filename="../views/mainwindow_files.cpp" line="36"/>
        <source>Cannot open the demo</source>
        <translation>无法打开演示工作区</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="46"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="54"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="78"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="78"/>
        <source>Strata workspaces (*.strata.json *.json)</source>
        <translation>Strata 工作区 (*.strata.json *.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="89"/>
        <location filename="../views/mainwindow_files.cpp" line="105"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="92"/>
        <location filename="../views/mainwindow_files.cpp" line="109"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="97"/>
        <source>Save workspace as</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="98"/>
        <source>Strata workspaces (*.strata.json)</source>
        <translation>Strata 工作区 (*.strata.json)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="114"/>
        <source>Import Avro schema</source>
        <translation>导入 Avro 模式</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="115"/>
        <source>Avro schemas (*.avsc)</source>
        <translation>Avro 模式 (*.avsc)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="121"/>
        <source>Cannot import %1</source>
        <translation>无法导入 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="126"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="133"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="134"/>
        <source>The workspace &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>工作区“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="176"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="183"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="184"/>
        <source>Strata did not shut down cleanly last time. Restore the unsaved workspace it autosaved?</source>
        <translation>Strata 上次未正常退出。是否恢复自动保存的未保存工作区？</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="190"/>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="199"/>
        <source>Export graph</source>
        <translation>导出依赖图</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="200"/>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 图像 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="207"/>
        <source>Cannot export the graph</source>
        <translation>无法导出依赖图</translation>
    </message>
    <message>
        <location filename="../views/mainwindow_files.cpp" line="209"/>
        <source>Exported the graph to %1</source>
        <translation>已将依赖图导出到 %1</translation>
    </message>
</context>
<context>
    <name>strata::qt::MatrixModel</name>
    <message>
        <location filename="../models/matrixmodel.cpp" line="60"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="65"/>
        <source>Breaks transitivity: each step in between is read-compatible, but this pair is not.</source>
        <translation>破坏传递性：其间每一步都读兼容，但这对版本不兼容。</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="71"/>
        <source>transitivity break</source>
        <translation>破坏传递性</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="94"/>
        <source>Older version (writer) %1</source>
        <translation>旧版本（写方）%1</translation>
    </message>
    <message>
        <location filename="../models/matrixmodel.cpp" line="95"/>
        <source>Newer version (reader) %1</source>
        <translation>新版本（读方）%1</translation>
    </message>
</context>
<context>
    <name>strata::qt::MatrixView</name>
    <message>
        <location filename="../views/matrixview.cpp" line="89"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="91"/>
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;⚠&lt;/b&gt; red outline: breaks transitivity</source>
        <translation>&lt;b style=&apos;color:#d32f2f&apos;&gt;⚠&lt;/b&gt; 红框：破坏传递性</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="92"/>
        <source>Compatibility matrix</source>
        <translation>兼容性矩阵</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="93"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="94"/>
        <source>Rows: older version (writer). Columns: newer version (reader). Double-click a cell to open the diff.</source>
        <translation>行：旧版本（写方）。列：新版本（读方）。双击单元格打开差异。</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="149"/>
        <source>The workspace has no types.</source>
        <translation>工作区中没有类型。</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="152"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="161"/>
        <source>Policy %1. </source>
        <translation>策略 %1。</translation>
    </message>
    <message>
        <location filename="../views/matrixview.cpp" line="162"/>
        <source>No transitivity breaks.</source>
        <translation>没有破坏传递性的版本对。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/matrixview.cpp" line="163"/>
        <source>%n pair(s) break transitivity: each step between them is read-compatible, the pair itself is not.</source>
        <translation>
            <numerusform>%n 对版本破坏传递性：其间每一步都读兼容，但这对版本本身不兼容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::qt::MigrationSession</name>
    <message>
        <location filename="../models/migrationsession.cpp" line="76"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="78"/>
        <source>Planning</source>
        <translation>规划中</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="80"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="82"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="84"/>
        <source>Verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="86"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="88"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="90"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="97"/>
        <location filename="../models/migrationsession.cpp" line="222"/>
        <source>Another operation is still running (%1).</source>
        <translation>另一个操作仍在进行（%1）。</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="154"/>
        <source>Planning failed</source>
        <translation>规划失败</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="159"/>
        <source>Plan %1: %2 steps, %3 rows estimated%4</source>
        <translation>计划 %1：%2 个步骤，估计 %3 行%4</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="163"/>
        <source>, blocked</source>
        <translation>，已阻止</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="185"/>
        <source>Last checkpoint of this table: %1 → %2, phase %3, %4 rows, %5 bytes</source>
        <translation>此表最近的检查点：%1 → %2，阶段 %3，%4 行，%5 字节</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="205"/>
        <source>Dry run failed</source>
        <translation>试运行失败</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="210"/>
        <source>Dry run of plan %1 recorded in the audit table (%2)</source>
        <translation>计划 %1 的试运行已记入审计表（%2）</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="212"/>
        <source>blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="212"/>
        <source>shown</source>
        <translation>已显示</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="240"/>
        <source>Resuming %1 → %2 from its checkpoint</source>
        <translation>从检查点继续 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="242"/>
        <source>Running %1 → %2</source>
        <translation>正在运行 %1 → %2</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="282"/>
        <source>Migration of %1 failed</source>
        <translation>%1 的迁移失败</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="285"/>
        <source>Committed batches are kept; use Resume to continue.</source>
        <translation>已提交的批次会保留；请用“从检查点继续”完成迁移。</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="291"/>
        <source>%1: %2, %3 rows%4</source>
        <translation>%1：%2，%3 行%4</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="294"/>
        <source> (resumed)</source>
        <translation>（已续传）</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="340"/>
        <source>Verification failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="345"/>
        <source>%1: source %2 rows, target %3 rows, checksum %4</source>
        <translation>%1：源表 %2 行，目标表 %3 行，校验和 %4</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="346"/>
        <source>Verified</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="346"/>
        <source>MISMATCH</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="373"/>
        <source>Reading the audit table failed</source>
        <translation>读取审计表失败</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="387"/>
        <source>Pausing after the current batch</source>
        <translation>将在当前批次完成后暂停</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="395"/>
        <source>Continuing</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="403"/>
        <source>Cancelling after the current batch; the checkpoint keeps what is committed</source>
        <translation>将在当前批次完成后取消；检查点会保留已提交的部分</translation>
    </message>
    <message>
        <location filename="../models/migrationsession.cpp" line="416"/>
        <source>Phase: %1</source>
        <translation>阶段：%1</translation>
    </message>
</context>
<context>
    <name>strata::qt::MigrationView</name>
    <message>
        <location filename="../views/migrationview.cpp" line="43"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="72"/>
        <source>Table and versions</source>
        <translation>表和版本</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="74"/>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="77"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="78"/>
        <source>A PostgreSQL store of the workspace, or schema.table</source>
        <translation>工作区中的 PostgreSQL 存储对象，或 schema.table</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="80"/>
        <source>Version the table holds</source>
        <translation>表当前所存的版本</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="82"/>
        <source>Target version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="84"/>
        <source>Profile:</source>
        <translation>连接配置：</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="85"/>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="86"/>
        <source>Holds:</source>
        <translation>当前版本：</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="87"/>
        <source>Migrate to:</source>
        <translation>迁移到：</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="89"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="90"/>
        <source>Copy even when in place is possible</source>
        <translation>即使可以原地修改也复制</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="91"/>
        <source>Convert on the client side</source>
        <translation>在客户端转换</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="92"/>
        <source>Include the contract steps</source>
        <translation>包含收缩步骤</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="93"/>
        <source>Confirm destructive steps</source>
        <translation>确认破坏性步骤</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="97"/>
        <source>Rows per batch</source>
        <translation>每批行数</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="100"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="101"/>
        <source>Pause between batches</source>
        <translation>批次之间的停顿</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="107"/>
        <source>Rows per batch:</source>
        <translation>每批行数：</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="108"/>
        <source>Throttle:</source>
        <translation>限速：</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="112"/>
        <source>&amp;Preview plan</source>
        <translation>预览计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="113"/>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="114"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="115"/>
        <source>Resume from &amp;checkpoint</source>
        <translation>从检查点继续(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="116"/>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="117"/>
        <source>C&amp;ontinue</source>
        <translation>继续(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="118"/>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="119"/>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="145"/>
        <source>Choose a table and a target version, then preview the plan.</source>
        <translation>请选择一个表和目标版本，然后预览计划。</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="148"/>
        <source>Plan summary</source>
        <translation>计划摘要</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="151"/>
        <source>Plan steps</source>
        <translation>计划步骤</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="168"/>
        <source>SQL of the selected step</source>
        <translation>所选步骤的 SQL</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="170"/>
        <location filename="../views/migrationview.cpp" line="176"/>
        <source>Full plan</source>
        <translation>完整计划</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="175"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="190"/>
        <source>Migration state</source>
        <translation>迁移状态</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="193"/>
        <source>Migration progress</source>
        <translation>迁移进度</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="195"/>
        <source>Rows, bytes, rows per second and time left</source>
        <translation>行数、字节数、每秒行数和剩余时间</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="197"/>
        <location filename="../views/migrationview.cpp" line="206"/>
        <source>rows/s</source>
        <translation>行/秒</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="201"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="203"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="218"/>
        <source>Throughput chart</source>
        <translation>吞吐量图表</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="219"/>
        <source>Migration log</source>
        <translation>迁移日志</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="224"/>
        <source>Audit entries of the table</source>
        <translation>该表的审计记录</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="228"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="229"/>
        <location filename="../views/migrationview.cpp" line="264"/>
        <source>Audit (%1)</source>
        <translation>审计（%1）</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="334"/>
        <source>Choose a PostgreSQL connection profile.</source>
        <translation>请选择一个 PostgreSQL 连接配置。</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="336"/>
        <source>Choose a table.</source>
        <translation>请选择一个表。</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="338"/>
        <source>Choose the version the table holds and the version to migrate to.</source>
        <translation>请选择表当前所存的版本和要迁移到的版本。</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="340"/>
        <source>The target must be another version of %1.</source>
        <translation>目标必须是 %1 的另一个版本。</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="407"/>
        <source>No plan yet.</source>
        <translation>尚无计划。</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="412"/>
        <source> (server side: INSERT … SELECT)</source>
        <translation>（服务器端：INSERT … SELECT）</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="413"/>
        <source> (client side: %1)</source>
        <translation>（客户端：%1）</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="414"/>
        <source>Plan %1: %2.%3 %4 → %5</source>
        <translation>计划 %1：%2.%3 %4 → %5</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="417"/>
        <source>Strategy: %1; %2 rows estimated; %3 steps</source>
        <translation>策略：%1；估计 %2 行；%3 个步骤</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="422"/>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="424"/>
        <source>Destructive: %1</source>
        <translation>破坏性：%1</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="426"/>
        <source>BLOCKED: %1: %2</source>
        <translation>已阻止：%1：%2</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="462"/>
        <source>%1 / %2 rows · %3 · %4 rows/s · ETA %5</source>
        <translation>%1 / %2 行 · %3 · %4 行/秒 · 预计剩余 %5</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="499"/>
        <source>The workspace now records that %1 holds %2.</source>
        <translation>工作区现已记录 %1 存放 %2。</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="507"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../views/migrationview.cpp" line="526"/>
        <source>Migration of %1: %2</source>
        <translation>%1 的迁移：%2</translation>
    </message>
</context>
<context>
    <name>strata::qt::PlanStepsModel</name>
    <message>
        <location filename="../models/migrationmodels.cpp" line="32"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="34"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="36"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="38"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="40"/>
        <source>Destructive</source>
        <translation>破坏性</translation>
    </message>
    <message>
        <location filename="../models/migrationmodels.cpp" line="65"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>strata::qt::PlannerView</name>
    <message>
        <location filename="../views/plannerview.cpp" line="43"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="49"/>
        <source>Best upgrade path</source>
        <translation>最佳升级路径</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="65"/>
        <source> — risk cost %1</source>
        <translation>——风险代价 %1</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="77"/>
        <source>Rollout order in cluster %1</source>
        <translation>集群 %1 中的发布顺序</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="87"/>
        <source> — safe</source>
        <translation>——安全</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="87"/>
        <source> — not safe</source>
        <translation>——不安全</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="90"/>
        <source>blocked: %1</source>
        <translation>受阻：%1</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="92"/>
        <source>wave %1: %2 (%3) — %4</source>
        <translation>第 %1 批：%2（%3）——%4</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="97"/>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="98"/>
        <source>no live node declares this type</source>
        <translation>没有在线节点声明此类型</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="117"/>
        <source>Dependents that break</source>
        <translation>会被破坏的依赖方</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="117"/>
        <source>no dependent breaks</source>
        <translation>没有依赖方被破坏</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="121"/>
        <source>%1 via %2: %3</source>
        <translation>%1 经由 %2：%3</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="125"/>
        <source>Dependents that still work</source>
        <translation>仍然正常的依赖方</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="127"/>
        <source>nothing else references this version</source>
        <translation>没有其他版本引用此版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="131"/>
        <source>%1 via %2</source>
        <translation>%1 经由 %2</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="134"/>
        <source>Cluster nodes running affected versions</source>
        <translation>运行受影响版本的集群节点</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="136"/>
        <source>no node runs an affected version</source>
        <translation>没有节点运行受影响的版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="139"/>
        <source>%1/%2 (%3%4) runs %5; %6</source>
        <translation>%1/%2（%3%4）运行 %5；%6</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="141"/>
        <source>, down</source>
        <translation>，离线</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="143"/>
        <source>supports the target</source>
        <translation>支持目标版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="144"/>
        <source>needs a build supporting the target</source>
        <translation>需要支持目标版本的构建</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="146"/>
        <source>Store objects holding affected versions</source>
        <translation>存放受影响版本的存储对象</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="148"/>
        <source>no store holds an affected version</source>
        <translation>没有存储存放受影响的版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="155"/>
        <source>Migrations</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="155"/>
        <source>no migration needed</source>
        <translation>无需迁移</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="157"/>
        <source>%1: %2 → %3 (%4) — %5</source>
        <translation>%1：%2 → %3（%4）——%5</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="159"/>
        <source>new version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="160"/>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="161"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="193"/>
        <source>Upgrade from</source>
        <translation>升级起点</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="195"/>
        <source>Upgrade to</source>
        <translation>升级目标</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="211"/>
        <source>Analyse upgrade</source>
        <translation>分析升级</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="213"/>
        <source>Show on graph</source>
        <translation>在依赖图中显示</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="212"/>
        <source>Analyse the upgrade from A to B (Ctrl+R)</source>
        <translation>分析从 A 到 B 的升级（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="214"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="215"/>
        <source>Impact of the upgrade</source>
        <translation>升级的影响</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="216"/>
        <source>A (now):</source>
        <translation>A（当前）：</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="217"/>
        <source>B (target):</source>
        <translation>B（目标）：</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="247"/>
        <location filename="../views/plannerview.cpp" line="258"/>
        <source>Pick the version in use (A) and the target (B), then analyse.</source>
        <translation>选择当前使用的版本（A）和目标版本（B），然后分析。</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="273"/>
        <source>Pick two different versions of the same type.</source>
        <translation>请选择同一类型的两个不同版本。</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="276"/>
        <source>Analysing %1 → %2…</source>
        <translation>正在分析 %1 → %2…</translation>
    </message>
    <message>
        <location filename="../views/plannerview.cpp" line="291"/>
        <source>Upgrade %1 → %2.</source>
        <translation>升级 %1 → %2。</translation>
    </message>
</context>
<context>
    <name>strata::qt::PostgresImportDialog</name>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="48"/>
        <source>Import from PostgreSQL</source>
        <translation>从 PostgreSQL 导入</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="51"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="53"/>
        <source>(typed below)</source>
        <translation>（在下方填写）</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="55"/>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="60"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="64"/>
        <source>A reference to the password, never the password: env:NAME or file:/path (mode 0600)</source>
        <translation>密码的引用，而不是密码本身：env:NAME 或 file:/path（权限 0600）</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="66"/>
        <source>Password reference</source>
        <translation>密码引用</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="72"/>
        <source>the endpoint&apos;s database</source>
        <translation>端点中的数据库</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="74"/>
        <source>Profile:</source>
        <translation>连接配置：</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="75"/>
        <source>Endpoint:</source>
        <translation>端点：</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="76"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="77"/>
        <source>Password reference:</source>
        <translation>密码引用：</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="78"/>
        <source>TLS:</source>
        <translation>TLS：</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="79"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="81"/>
        <source>&amp;List schemas</source>
        <translation>列出模式(&amp;L)</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="83"/>
        <source>Schemas to import</source>
        <translation>要导入的模式</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="85"/>
        <source>&amp;Read tables</source>
        <translation>读取表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="87"/>
        <source>Types to add</source>
        <translation>要添加的类型</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="90"/>
        <source>Type version</source>
        <translation>类型版本</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="90"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="90"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="90"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="90"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="90"/>
        <source>Adds</source>
        <translation>添加为</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="99"/>
        <source>&amp;Add to workspace</source>
        <translation>添加到工作区(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="114"/>
        <source>Schemas:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="184"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/postgresimportdialog.cpp" line="206"/>
        <source>%n schema(s) found.</source>
        <translation>
            <numerusform>找到 %n 个模式。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="242"/>
        <source>Reading the tables of %1…</source>
        <translation>正在读取 %1 的表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/postgresimportdialog.cpp" line="264"/>
        <source>%n type version(s) to add.</source>
        <translation>
            <numerusform>将添加 %n 个类型版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="278"/>
        <source>not analysed</source>
        <translation>未分析</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="279"/>
        <source>new type</source>
        <translation>新类型</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="279"/>
        <source>new version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="287"/>
        <source>Nothing to import: read the tables first.</source>
        <translation>没有可导入的内容：请先读取表。</translation>
    </message>
    <message>
        <location filename="../views/postgresimportdialog.cpp" line="291"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/postgresimportdialog.cpp" line="294"/>
        <source>Import %n relation(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 个关系</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::qt::ProblemsModel</name>
    <message>
        <location filename="../models/problemsmodel.cpp" line="34"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="36"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="38"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="40"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="63"/>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="65"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="67"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../models/problemsmodel.cpp" line="70"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>strata::qt::SchemaEditor</name>
    <message>
        <location filename="../views/schemaeditor.cpp" line="78"/>
        <source>%1 is not a valid %2 value.</source>
        <translation>%1 不是有效的 %2 值。</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="85"/>
        <source>A field name starts with a letter or _ and has letters, digits, _.</source>
        <translation>字段名以字母或 _ 开头，只含字母、数字和 _。</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="162"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="163"/>
        <source>Start an editable draft (Ctrl+Shift+N)</source>
        <translation>新建可编辑的草稿（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="164"/>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="164"/>
        <source>Add a nullable field (Ctrl+Shift+A)</source>
        <translation>添加一个可空字段（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="165"/>
        <source>Remove field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="165"/>
        <source>Remove the selected field (Ctrl+Del)</source>
        <translation>删除所选字段（Ctrl+Del）</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="169"/>
        <source>Keep old name as alias when renaming</source>
        <translation>重命名时保留旧名称作为别名</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="166"/>
        <source>Add constraint</source>
        <translation>添加约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="166"/>
        <source>Add the constraint described</source>
        <translation>添加所描述的约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="167"/>
        <location filename="../views/schemaeditor.cpp" line="337"/>
        <source>Remove constraint</source>
        <translation>删除约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="168"/>
        <source>Remove the selected constraint</source>
        <translation>删除所选约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="170"/>
        <source>Validation message</source>
        <translation>校验消息</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="171"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="172"/>
        <location filename="../views/schemaeditor.cpp" line="181"/>
        <source>Constraints</source>
        <translation>约束</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="173"/>
        <source>primary key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="173"/>
        <source>unique</source>
        <translation>唯一</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="173"/>
        <source>not null</source>
        <translation>非空</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="173"/>
        <source>check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="176"/>
        <source>Constraint kind</source>
        <translation>约束类型</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="177"/>
        <source>fields, comma separated</source>
        <translation>字段，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="178"/>
        <source>Constraint fields</source>
        <translation>约束字段</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="179"/>
        <source>check expression, e.g. total &gt;= 0</source>
        <translation>检查表达式，例如 total &gt;= 0</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="180"/>
        <source>Check expression</source>
        <translation>检查表达式</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="251"/>
        <source>No version selected</source>
        <translation>未选择版本</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="253"/>
        <source>Pick a version in the Types panel.</source>
        <translation>请在“类型”面板中选择一个版本。</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="255"/>
        <source>&lt;b&gt;draft&lt;/b&gt; — editable; double-click a cell to change it</source>
        <translation>&lt;b&gt;草稿&lt;/b&gt;——可编辑；双击单元格进行修改</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="257"/>
        <source>published — read-only; press &lt;i&gt;New version&lt;/i&gt; to edit a copy</source>
        <translation>已发布——只读；按&lt;i&gt;新建版本&lt;/i&gt;编辑副本</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="291"/>
        <source>Add field %1</source>
        <translation>添加字段 %1</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="308"/>
        <source>Remove field %1</source>
        <translation>删除字段 %1</translation>
    </message>
    <message>
        <location filename="../views/schemaeditor.cpp" line="322"/>
        <source>Add %1 constraint</source>
        <translation>添加%1约束</translation>
    </message>
</context>
<context>
    <name>strata::qt::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="65"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="66"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="67"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="68"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="69"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="70"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="71"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="72"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="73"/>
        <source>Autosave interval</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="75"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../views/settingsdialog.cpp" line="76"/>
        <source>&amp;Autosave a recovery copy every:</source>
        <translation>自动保存恢复副本的间隔(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>strata::qt::TypeTreeModel</name>
    <message numerus="yes">
        <location filename="../models/typetreemodel.cpp" line="73"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="102"/>
        <source>%1 (draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/typetreemodel.cpp" line="105"/>
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="130"/>
        <source>Type / version</source>
        <translation>类型 / 版本</translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="132"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../models/typetreemodel.cpp" line="134"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>strata::qt::VerdictPanel</name>
    <message>
        <location filename="../views/verdictpanel.cpp" line="160"/>
        <source>Policy check</source>
        <translation>策略检查</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="198"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="199"/>
        <source>Select a version to see its verdict against the previous version.</source>
        <translation>选择一个版本以查看它相对上一版本的判定。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="205"/>
        <source>This is the first version of its type: nothing to compare with.</source>
        <translation>这是该类型的第一个版本：没有可比较的版本。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="210"/>
        <source>%1 against %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="211"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="235"/>
        <source>Policy %1: accepted.</source>
        <translation>策略 %1：已接受。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="236"/>
        <source>Policy %1: refused.</source>
        <translation>策略 %1：已拒绝。</translation>
    </message>
</context>
<context>
    <name>strata::qt::VerdictWidget</name>
    <message>
        <location filename="../views/verdictpanel.cpp" line="29"/>
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
        <location filename="../views/verdictpanel.cpp" line="70"/>
        <source>Read compatibility</source>
        <translation>读兼容性</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="71"/>
        <source>Write compatibility</source>
        <translation>写兼容性</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="73"/>
        <source>Read: can the newer version decode data written with the older one?</source>
        <translation>读：新版本能否解码用旧版本写入的数据？</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="75"/>
        <source>Write: can the older version decode data written with the newer one?</source>
        <translation>写：旧版本能否解码用新版本写入的数据？</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="76"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="77"/>
        <source>Counter-examples</source>
        <translation>反例</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="80"/>
        <source>No counter-examples: every direction is compatible.</source>
        <translation>没有反例：所有方向都兼容。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="81"/>
        <source>Counter-examples (records that really fail):</source>
        <translation>反例（确实无法读取的记录）：</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="91"/>
        <source>No verdict yet.</source>
        <translation>尚无判定。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="115"/>
        <source>No verdict.</source>
        <translation>没有判定。</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="120"/>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="121"/>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <location filename="../views/verdictpanel.cpp" line="130"/>
        <location filename="../views/verdictpanel.cpp" line="134"/>
        <source>Written by %1, unreadable by %2:
</source>
        <translation>由 %1 写入，%2 无法读取：
</translation>
    </message>
</context>
<context>
    <name>strata::qt::VersionPicker</name>
    <message>
        <location filename="../views/versionpicker.cpp" line="43"/>
        <source>%1: type</source>
        <translation>%1：类型</translation>
    </message>
    <message>
        <location filename="../views/versionpicker.cpp" line="44"/>
        <source>%1: version</source>
        <translation>%1：版本</translation>
    </message>
</context>
<context>
    <name>strata::qt::WorkspaceDocument</name>
    <message>
        <location filename="../models/workspacedocument.cpp" line="121"/>
        <location filename="../models/workspacedocument.cpp" line="127"/>
        <location filename="../models/workspacedocument.cpp" line="164"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="133"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="170"/>
        <source>This workspace has no file yet; use Save As.</source>
        <translation>此工作区还没有文件；请使用“另存为”。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="190"/>
        <source>The workspace already has a type named %1.</source>
        <translation>工作区中已有名为 %1 的类型。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="221"/>
        <location filename="../models/workspacedocument.cpp" line="250"/>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="233"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="240"/>
        <source>Nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="244"/>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="280"/>
        <source>New version %1</source>
        <translation>新建版本 %1</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="288"/>
        <location filename="../models/workspacedocument.cpp" line="331"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="290"/>
        <source>%1 is published and cannot change; create a new version to edit.</source>
        <translation>%1 已发布，不能修改；请新建版本后再编辑。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="336"/>
        <source>No store named %1.</source>
        <translation>没有名为 %1 的存储对象。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="341"/>
        <source>%1 holds %2</source>
        <translation>%1 存放 %2</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="361"/>
        <source>The workspace has no cluster %1.</source>
        <translation>工作区中没有集群 %1。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="390"/>
        <source>No recovery folder is set.</source>
        <translation>未设置恢复目录。</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="408"/>
        <source>Cannot open the recovery file: %1</source>
        <translation>无法打开恢复文件：%1</translation>
    </message>
    <message>
        <location filename="../models/workspacedocument.cpp" line="415"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
</context>
</TS>
