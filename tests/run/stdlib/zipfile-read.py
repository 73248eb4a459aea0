# zipfile reading archives made by CPython's zipfile (the literals are printed
# by scripts/gen_zipfile_fixtures.py): infolist attributes, read, open streams
# (read(n), read1, readline, iteration, peek, seek/tell), cp437 and UTF-8
# names, comments, prepended data, extract/extractall (no escaping the target
# folder), testzip and CRC errors, BadZipFile, is_zipfile, reprs and the
# errors of closed archives and unsupported compression methods.
import io, os, shutil, tempfile, zipfile

MAIN = bytes.fromhex(
    "504b0304140000000800c8695d50a4f1420284000000a604000008000000706f656d2e74"
    "78747dd34d0ac2501843d1b9abf89660125b7f96a3bca2142c56ad2e5f70de3bbeb343b2"
    "b4f9d96a7baad7b5d5e37dbb8c759ea7cfbd86e9bb59fe51144d311477143b8a3dc53dc5"
    "03c5232230111a0991844a4226a193104a2825a4125a19adcc7b422ba395d1ca6865b432"
    "5a19ad8c5641aba055f87c6815b40a5a05ad825641abac58fd00504b0304140000000800"
    "c8695d506b37ce3b8d13000088130000070000006c63672e62696e01881377ecdc0465aa"
    "1fad1d5adae5ac1b1e5f1370796cfd10ff19af601d04acb41d022b4678733af2df5faeb7"
    "0859d1ee3910cb4895b5cc892911ff06b6622edf3cf935fd4b9428ca097c44b3025e965f"
    "b3ea6dacd42d816e69afe0e6874c9c04e7d2365d2c60c9eaf479f686a0eb9326e46212d5"
    "0dcbb377156a6a3a68ba8edb7408469ef3ceb30af8d0dd68bbf85ffa24f2d2fc1887fb5c"
    "87bab43832a59b1b3d107cf778d67fe26df81191297e9395cb12c557ce5af1d41618d719"
    "bc045b7e9965f1a29471c42aac6aa938c475c7ad3238021f053b2c991afceb15decf68ba"
    "e07cbcd61e971b9a0b9dbe9763d392fcafdfa28c97234562ebdd076570ff58896acff7ca"
    "ee3f1ce9e40a68e5de938d389c7dbdd75b09d4e7e233443f4a8cc4a190d6b8b8dc615fd1"
    "8e28be590eaa501b508a6a3629e670df5577badc446d43bba90817d6c0f67b086170d92d"
    "c912725b247ec2e2dab1b2049e208074379a6f900cdd2e5e72f50948b658d197e9c38cb1"
    "6ed3dd124462320c14a7af3ffa0cded613ce1386cb57a047e45bbed145b436d588fed200"
    "41f287b10f835f7465ba28461652df88a213d9bf42efb711b5de077fc979bae3a8584aa9"
    "e82da84d509de6986be2a99acf214c662a8cd5901137986789bbadf3518d13adf51ca101"
    "94acb0846cf58af52a7a91f5f3ab2f8632ba8145203dc36714887a7590c863c707e01ec2"
    "70039ad18b163f24f6c3de2bef5d5ad1e6761379ca4216b910aa05d98330c70acf85f066"
    "cbecefac894cfab71f18bac334dfb6604ab28032cd39a16edf944414e1f3a6ecc1f43943"
    "06c09b629de33ad361efc3536bd04f961fee4dbdf3052d97fec4d19b4527b4a2c494d864"
    "3eb871b9c41f538b08951c9e5f4021ff977a1a4d7f708cab2f7cfa801b42caf5db8cf92c"
    "b8e67e41f6f97f01e4a8366da4eca2edba70ed5457eba0976341894d4d5968e692bc5cab"
    "0ef31079069da53df1525d2e093b0dce966d419ef50a2ca46b16569dac1a0402297b66bd"
    "1d9783a856a5e5cac3490450c2fa734d2814cc310dbc5d0b5c788f7e1e8a1a85810febe6"
    "abdcd0774114e914b589cf5c53d8812e0b4313e6fc4c1557c517c4888a7df32fc8efb7ef"
    "d911d5504612ec82d0cd62d13da110e8e311adc6f61afb809158b3bb85d731e8e5bae03e"
    "4e8e6379f76b89547cd0eec76a3c7000898c5823ed1845c2bb8cd81bbc862114a3f4ccf7"
    "1e2b0bed9fc8433ce74776405765732bf635bf7c41044240b6eeb10c1f3dbfb69f8503d6"
    "7d80a7ffb4aad6bd369ce34e04293a21ef3a07102b69a85c9960d36cd1f08745f1f0b4c8"
    "27dca9af002941466f69cde99d23c04174701d3de956a1d20ce4b073d011004f9b55074e"
    "8c0525c9906f920b24b9058ce77a29e7e715c1a1a8da9598f3db244c658e08d1b3272790"
    "beb39ec15af46ea9de00e4936b98ca8ffd4950ed3344b777defec3724b88de5351ab0c42"
    "19cb924fb07966774ed5555564a9f7a8674753885f1e51672e1fe3caa1d2f2c538360a38"
    "b55dc6cc67c4faab3373a20267d98d373e65c9ea33e4cdad069e69848f2e6e1b46251dca"
    "8e5e5049c41f6a320bf4003cd54c443132d036b4d98789b5f7ab56b0b94882a89b9af0e7"
    "6e2467722c90424e7c4ada7603dab4977005699146a359ae683f0fa06671723d8afab1f9"
    "a0a4ec2789d7a3ef7ffbdf0e2591225156110fcfaa81dae9c8da6e026e1a5fff4128967d"
    "556cb6d57c2a50d14fa3cc2bfeea12c9d787fbbb97cd7bf074fb8abce615d70a39802c60"
    "d4609f9847b27e581628f85647c88b4dad4332bef3164a67676248848c8c1dc85e94641a"
    "6336511076c35a2c53bca2d9e1332a2343e2b73a9d0881a5a607a045f2bf3611fda85d8b"
    "f7b2cf0551dc58950c96fcd9bcd7e86b5efe1923df6ace0f68d8af336b7fba016fedf197"
    "9ba0c5bb04634097b66ef534843da9b7902cbf5e99d7643a07347faab86d569b887e0081"
    "a3938e148a1ff8cbe6bcc91910c68a6a5cb5f0dc293ec4bea92996c971f12120bf1d7d09"
    "8f6107695c731001b6ae486b896ae9d22716a3741a1a4ad9ac6e42d132faa62f1dac3b46"
    "bf5b1827dc5f1199f8ece8d55b333206e4370a83936f79cad421a13c8c79ac9be56c7643"
    "da4ffc2b8135849b1b0d8aabdd786e7f7c6cdf447b8a05e9343f719ea89cc50d06f6235b"
    "fd3d56ddc11dc39adfd60d85c1dc8b77012e6bee6e76a388dfe69b3dbacd9b5f42fbf653"
    "a5daf40dc149814dba37969b3c046b0391975991623f918b4c4b7f712a68fcb51dbd363a"
    "5bc85f8fbdf618e806059ce0f41aadf109a13eaf16e8e5c78c7bffbb823da05b864b4202"
    "249029963728973df276b5e0ac043c60701de69b402c981d2dd34ca618cbc060457ee0dd"
    "a566f4d2e0238995245f2158b0629a231f745e9375f65054eb3f725f7a3756f429b64a57"
    "179a434a48aa854d2f2e1898ff4aebd5b21ec49ed69fefb91a34a3159c103283f052f936"
    "f0de02f946f97932baa7d59a3cc4c2bab1e5d0247eecde77d56d4410c2c4c390f4f22e12"
    "4c3cd5292782b49c6c6060e15406ad5afcd72051acc418b5e567bb922cdfa152996e43b5"
    "1ed422929869b74b98fc1e11ee6e81ddf90e4529b1b3f772719cf56f8508dc0e7894b533"
    "1a57de3053beba02ab291851954264267f21906a9a22c0226981b86c0bba063949a2eec8"
    "5f451ae68b7ffee756590d62a5299db07f689a239c51ee07b13fac5a7dc4ff4a9388d573"
    "e6e84bd5164ad7977d42377df8661d2a75f19717411a404f0f3229f0c780856215dc1654"
    "ac0e5b7b5ee4760add15dff04ed9cbd493445ad1556683f1d424bf6b6ed5789cf19c30c7"
    "a088728d076c792a7f7fa1757fb49196a9d82684906d1e464b4889e5bbecf0339ba5423f"
    "4c6482935e5e3334de637f5762fe29e3d55238ab03af6167e4f73177a8b3ff5886f494e2"
    "45eb96478748b9ccd853a6457acba751ee82175a42b48b4b1e2bc0108c1544cf8aa1e5e8"
    "515bdaad644db2e157d100f26437c4f6af1c986755859f9f37be2d1287f5364d179578b2"
    "5c6468f0455bde45be497f730226ee83a538b23d5de8e5629461a2b0aeee2c931a10deab"
    "1a62d701532d610914cb265766bc1121d88a0579075d4147ef5c8e08f5ca2d48b0dd84e0"
    "7b5e82f0bb02d79bf18ad6857e9c250e395f2a4bb3da35c8450a6d00dec57c998e51fa60"
    "d1c39a079c1917a02917dcd883e276f4d15dba8d6247b60b7c1158e3e480e0902d070752"
    "c1e2eca9b1f2c3903c5c3c7a21e0b50ea4f91fa162b9b077d6634dbaa7c6b636b75c6fda"
    "ec2672efbc4596157b58bd026499c0fa69b61c0eba71591417f63e6ad6ffb66ab4aa80ab"
    "5b159afdb7bf6b23f99eb34e6700335eea221bd8569238a57744da90df77867d7245616a"
    "ae0d5727bb810ed5368e8e20bdefac3c3a8f3ba1f0a3f28547841c1d584d0294363818c8"
    "02b9eac7ad58c40c8c4f24799de7e1149b931782c3c9d94464a496b3293b47bc27bf5e5c"
    "a5566fdaadbb9bc85692c0b7cf8c61bd2c3f57a8f0c235ff5e0c7cbc800a83ccf4822542"
    "7aaa285f3d877042e407e86f58dd2b025420f6afaea34f816712714e74d17efc4994e377"
    "2bbe8a6e337bc3d0219cf009e635f2fdeff857c13350401cfb3d14c074f2e648f630a6f1"
    "12600b185e733c77007a411ffb042d353c3b076c63be7d46533c470a78d45c84db2fd87f"
    "e75ba803f866fb4fa9bf6895da4cdf78834a51463ce91ff588a344dfe560413d944bcc65"
    "287237c3d120a19966fae07634dc2a7789718641fe94f5ba886a5f8a3e3c3f54e7150eb4"
    "4b1f70f936be219f4c699e93904d9326b3a007cd1cc54a9ebb249a8a8ec7975bf0b56d6c"
    "a40fbb2ca5ec4651abf45fdb7dbe14cffaea19b0e5fe74be7301ecee96d92fac0765c653"
    "165ab96831de019a36e6b27a7850e5fa93c067a7f03b23a617844f70b839594d77ad9092"
    "7b84939ab5117a85f070c6b39d6209fe5ceb54bb4aad65700d038d52a0dd6385df5e2b12"
    "d23703a7b9c1d312dcddf27c0f8b9965074d0863603a7a9a6ae1cafab7e3e13c654ee79a"
    "2cbb25512628bcd7619308dc265bd1030856375dabb15ca95a8bcf4e4651bb149fd7d4a6"
    "553bfdc8ab7ab95880cf58065dcfded33d46b24b20cf0b814e351acf6c8df74a400f4e08"
    "43b9c611eca23426b71f8434f79763966126ae0e54f49a81e954a876bf9c464d83c7453f"
    "42cbff196ebb44b8b29d09437509cf2b3086d4e470a4fc60aad97e50c21c4f195a434e98"
    "db1d3496444f3a0ab5ef8711bae260ae59f60e41dabe8ec95931fbd90c01bc5b55bd6d08"
    "87a58ea37851eef8cb00d598fac1f45125440d709e7d62b631fedf1a3411074451989fc6"
    "16a61b1839d9cc5aac7dc7c8656295fceb799ce79f31508ed09419847c20032be76628a9"
    "de64ddacc8a39fde7111bb27969cc1a63093a66d81bcbcfee0345289430a2ae3919a9f46"
    "a5ab93cb22481aa8f95fe829bb1b7b709f0107ec53cc269a83093cfe2a72abe09b0cbcc7"
    "4eff48376b392aa918c1654e83db1484aee11515fedc743281e59932023e320acf2fde8b"
    "45a29e5f207efcc184c3f9ffca6ab8b10cfaebb76fea01f433ba0ccc7cd0745edd135e81"
    "a949da80fa31ce967e60a62805dcb9c4cb7a7add85f763442dd9a1668d0380488d1b9543"
    "3d9cad7fa2ba783041f9f5936d8b9da74f6e4facba42fe5daceb1ceca3ebc5c1a67cacf3"
    "0e70c68219c9b85b2d180109ec96e73afb0423f992424ca5c3b104b48b4ae42a9b7b28d7"
    "e3c51a53e3173fbab1e74428c916a7f3978126abc666e8d2467d6c5c20d235e5f96432b4"
    "6780ef74f7da7eacfa702303141fc236820209d52e8e5dc1746e8665b21f19b7924ba9ed"
    "17e7ad00680b2fe25f943a7ed17c01739cf4cf907146b20f666ee7923b7204df6885e85a"
    "ebdf6246d259a4bb8acc6666e628da03ef53539b6ec7b37e3aea9900422c48f359e356e8"
    "c4e6192485ebd16465a19551c48cffc121a496b467ad0009fd55e4038b0fa0808eb2b0f3"
    "9ad0d92672d719b2caea4e39d67da86a9ab2d0b2f177d5c25a5cdbc68635825fa2741764"
    "64437d5dd764dabbe7c901d9acf2a2b3770a33689dc19d7106e8a79f74ce23d6935cda8c"
    "c5f239ffac00b83974650ec4e587162d2c377f3b644237ede7d69534589b48756c8d03bd"
    "7b9be6c2ca01ab9d95669549dfb519dbfabb497fd68504360977df51a22cd2adad11a2ac"
    "86c112f6de1ec9f48f3302091fccf68e16d309940069b65941c83c869bdb062e809adb87"
    "1927ca6612aad37c2ced555380b63c0694e8e6c31f58da029c70288291869d089cfaafd7"
    "421223ee77958004ed2934441d6c87c816d543d7084920df8f7df231c10e917ef6618c15"
    "5a3c8cda34218a06f36eb0a0fd3610bf38dd077c54766fb9dfdc88950692a4ab2c5b940d"
    "2d98d5036f667b83ad74d97082a4f593b769af5a4edbab534b9a03664569aed5b086aff5"
    "e7cbfda9fc8536a34017025a914f48cb668313ef9b7443fffddff46a95e2ae92b515514a"
    "c464be11c9ae460bb81fd3c37f4dd8a2d015fa2ead347b04b5a46b9430bc8d9edc070a70"
    "75e0d8dc06d2e8fbf2b112a5c177c1acabe05edbe6c57db1b03acadd1c66b1799c25d007"
    "525f1e2c1626d82e46922f2f515cb327023d7da28e041f3f5c7a4de496f548c274be0e0c"
    "43244376375ddd70f620921fe10203202094a5fc743a7469bcca564644e84f54d1246ab6"
    "6dd06327f2a215fd590fa6e1c062744b3d9ebec0651913cb9ad57bbd189d6624bfe4580c"
    "9e5d52f84359009ec5e4a4668e9fc5a1e95c96894f7b28fd71074ff9059056d650c66247"
    "78daa60f87954c833f351fc4a00af8b83ad5efcd33db3d6d17ccf33f62575c24cf8a33ec"
    "5eeb85dc285664e0e29c519033d867e5b59147b8cd92c7fe2b885ac520603deda35e67a7"
    "21fd2eaf088ab949127f29fd52a08611ffd76bcb03d0726343545dcaad66091d032013e8"
    "694a471bafbfcdcc5f8012b28695775d43a8bc37115f2b3bd37c8477a4b7ac425d57143e"
    "e392ea0c35aa02d239c3836e4186517760783ef87018f0ebdeba90773c2638e984f01974"
    "2d956fa9f05a26b457e5495c0a982fb8d9b164b28822583d5e31ca566cd0f2bc9eba716e"
    "8352f9e9dc3bbc1ee6b6963567bff9047be79c4e1cf0e3bb722a0d9be0901f5bcaa194c3"
    "2800c1f5cccb0a2673bbc7198d00f460ccda9b526ff701cb4b8f93a69e418efb93ac7119"
    "95ce2442541ce5299865f72cc8670951392e67023830e289d62a804a76b8e4c217b77c43"
    "625b6d6c730f3e6a671046f2aac8d6fafdeb273a4a530266279c32282c7fa9dff5ef741a"
    "f6f560d2014c6a6b98bce869f43778f2d2b5ac0800cf7283ab1d44cf6551156bf910f71d"
    "ef948cf5de023308748ceeea464615e858c9bc0a6c8ae5cc0bf8669654579901875fc5c8"
    "51934f90d563a0587f01d5be87032af747bd248c3e5c80d5e0c3de3623252d1dca67d6b7"
    "7033a87553dc8642e6f4d28015af98c856f67b5e744b60761a5fdc2a22755e369b741c79"
    "9ccfbe2ccb15cddfac57da38ab3d6e6be8e7b578c485e9282fb57fc5b09f149c31d21633"
    "90dd324ae6ad819495aa7232149075f47a0e6d4fcb20d31c062ca916eade26118cc51bfb"
    "9aaa27946db49eedd03d3aa292727fd6ceadf0f3f592f31fa0eb857d17449d28a04661f0"
    "89d40cd2f5e79a39662a38f70e546f02d5490aee2af0cc2e8ad2d30ad178ca604381d21a"
    "59852e734dadb0e9640ee701ffca05bd5fe592de3be8d3da0438f89bf23308fed6108d06"
    "9f73ffe4a9d3f1a7c98cfdc319c3714384fdb6ce107f845bef63c8b4437f50acb4f53c1f"
    "b49a25ae8d080a373081ff17bc8a941fcf4406579089287579ca0f1be5ab80d45d5b1acd"
    "a2b544537a18d4103b068405187f15462f1b41794eea620c890ce3397c0f6abb600bc24d"
    "d07f8ae759ea9fb8c4294ae222942af89cd7e038f8907c88eaadab3220839d5f0bafb755"
    "6fadfd70a93a3de1c369fc2a3a8722558ab064f77d2e75e83895ecbf504b030414000000"
    "0000c8695d50738c05290001000000010000070000007261772e62696e00010203040506"
    "0708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a"
    "2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e"
    "4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172"
    "737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f90919293949596"
    "9798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9ba"
    "bbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcddde"
    "dfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff504b03"
    "04140000080000c8695d50cd4ec4b00a0000000a0000000d00000064c3a96ac3a02f7675"
    "2e7478747574662d38206e616d65504b0304140000000000c8695d500000000000000000"
    "0000000007000000666f6c6465722f504b0304140000000000c8695d50225281e20c0000"
    "000c00000015000000666f6c6465722f2e2e2f2e2e2f6576696c2e747874737461797320"
    "696e73696465504b0304140000000000c8695d505676dfa608000000080000000d000000"
    "2f6162732f706174682e7478746162736f6c757465504b01021403140000000800c8695d"
    "50a4f1420284000000a6040000080000000000000000000000800100000000706f656d2e"
    "747874504b01021403140000000800c8695d506b37ce3b8d130000881300000700000000"
    "000000000000008001aa0000006c63672e62696e504b01021403140000000000c8695d50"
    "738c0529000100000001000007000000000000000000000080015c1400007261772e6269"
    "6e504b01021403140000080000c8695d50cd4ec4b00a0000000a0000000d000000000000"
    "000000000080018115000064c3a96ac3a02f76752e747874504b01021403140000000000"
    "c8695d50000000000000000000000000070000000000000000001000ed41b6150000666f"
    "6c6465722f504b01021403140000000000c8695d50225281e20c0000000c000000150000"
    "0000000000000000008001db150000666f6c6465722f2e2e2f2e2e2f6576696c2e747874"
    "504b01021403140000000000c8695d505676dfa608000000080000000d00000000000000"
    "0000000080011a1600002f6162732f706174682e747874504b050600000000070007008e"
    "0100004d1600000f006d6164652062792043507974686f6e"
)
CP437 = bytes.fromhex(
    "504b0304140000000000c8695d50934f2c160a0000000a0000000900000063616682b02e"
    "7478746370343337206e616d65504b01021403140000000000c8695d50934f2c160a0000"
    "000a00000009000000000000000000000080010000000063616682b02e747874504b0506"
    "000000000100010037000000310000000000"
)

def lcg_bytes(n):
    out = bytearray()
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 16 & 0xFF)
    return bytes(out)


zf = zipfile.ZipFile(io.BytesIO(MAIN))
print(zf.comment, zf.namelist())
for i in zf.infolist():
    print(i)
    print(" ", i.filename, i.orig_filename, i.date_time, i.compress_type, i.file_size,
          i.compress_size, hex(i.CRC), oct(i.external_attr), i.create_system,
          i.create_version, i.extract_version, i.flag_bits, i.header_offset, i.is_dir(),
          i.comment, i.extra, i.volume, i.internal_attr, i.reserved)
print(zf.read("raw.bin") == bytes(range(256)), zf.read("d\u00e9j\u00e0/vu.txt"))
print(zf.read(zf.getinfo("poem.txt"))[:40])
try:
    zf.getinfo("missing")
except KeyError as e:
    print("KeyError", e)
with zf.open("poem.txt") as f:
    print(f, f.readable(), f.seekable(), f.tell())
    print(f.read(10), f.read1(5), f.peek(3)[:3], f.readline(), f.readline(4))
    print(f.tell(), f.seek(-20, 2), f.read())
    print(f.seek(3), f.read(6), f.seek(100, 1), f.readline())
    print(f.seek(0), len(list(f)), f.read(), f.tell())
print(f)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with zf.open("raw.bin") as f:
    print(f.read(3), f.seek(250), f.read(100), f.seek(-3, 1), f.read(), f.readline())
print(len(zf.open("poem.txt").readlines()))
lcg = lcg_bytes(5000)
with zf.open("lcg.bin") as f:
    parts = []
    while True:
        chunk = f.read(333)
        if not chunk:
            break
        parts.append(chunk)
    print(len(parts), b"".join(parts) == lcg, f.seek(4000), f.read(5) == lcg[4000:4005])
    print(f.seek(10), f.read(3) == lcg[10:13], f.seek(0, 2), f.read())
print(zf.read("lcg.bin") == lcg, zf.getinfo("lcg.bin").compress_size)
zf.printdir()
print(zf.testzip())
zf.close()
print(zf)
try:
    zf.read("poem.txt")
except ValueError as e:
    print("ValueError", e)

with zipfile.ZipFile(io.BytesIO(CP437)) as z:
    print(z.namelist(), [hex(i.flag_bits) for i in z.infolist()], z.read(z.namelist()[0]))
with zipfile.ZipFile(io.BytesIO(CP437), metadata_encoding="latin-1") as z:
    print(z.namelist())

# Bytes before the archive (a self-extractor's code) shift every offset.
with zipfile.ZipFile(io.BytesIO(b"#!/bin/sh\nexit 0\n" + MAIN)) as z:
    print(z.read("d\u00e9j\u00e0/vu.txt"), z.getinfo("poem.txt").header_offset, z.start_dir)

# A damaged member: testzip names it, reading it raises.
bad = bytearray(MAIN)
at = bytes(bad).index(bytes(range(100, 120)))
bad[at] ^= 0xFF
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as z:
    print(z.testzip())
    try:
        z.read("raw.bin")
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
    with z.open("raw.bin") as f:
        try:
            f.read(10)
        except zipfile.BadZipFile as e:
            print("BadZipFile:", e)

for data in (b"", b"not a zip file at all", MAIN[:-30], MAIN[:100], b"PK\x05\x06" + b"\0" * 10):
    print(zipfile.is_zipfile(io.BytesIO(data)), end=" ")
    try:
        zipfile.ZipFile(io.BytesIO(data))
        print("opened")
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile,
      issubclass(zipfile.LargeZipFile, Exception))

d = tempfile.mkdtemp()
try:
    path = os.path.join(d, "a.zip")
    with open(path, "wb") as f:
        f.write(MAIN)
    print(zipfile.is_zipfile(path), zipfile.is_zipfile(os.path.join(d, "missing.zip")))
    with zipfile.ZipFile(path) as z:
        out = os.path.join(d, "out")
        print(os.path.relpath(z.extract("poem.txt", out), d))
        print(os.path.relpath(z.extract(z.getinfo("folder/"), out), d))
        z.extractall(os.path.join(d, "all"))
        z.extractall(os.path.join(d, "some"), ["raw.bin"])
    for root, dirs, files in sorted(os.walk(d)):
        print(os.path.relpath(root, d), sorted(dirs), sorted(files))
    with open(os.path.join(d, "all", "folder", "evil.txt"), "rb") as f:
        print(f.read())
finally:
    shutil.rmtree(d)

# Errors: modes, closed archives, write handles, compression methods.
for call in (lambda: zipfile.ZipFile(io.BytesIO(), "q"),
             lambda: zipfile.ZipFile(io.BytesIO(), "w", 99),
             lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="cp437"),
             lambda: zipfile.ZipFile(io.BytesIO(MAIN)).open("poem.txt", "a"),
             lambda: zipfile.ZipFile(io.BytesIO(MAIN)).writestr("x", b""),
             lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0))):
    try:
        call()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
buf = io.BytesIO()
z = zipfile.ZipFile(buf, "w")
z.writestr(zipfile.ZipInfo("zero"), b"0")
w = z.open("first", "w")
for call in (lambda: z.open("second", "w"), lambda: z.writestr("x", b""), z.close,
             lambda: z.open("zero")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
w.close()
z.close()
z.close()
try:
    z.writestr("x", b"")
except ValueError as e:
    print("ValueError", e)
print(z, len(buf.getvalue()))
i = zipfile.ZipInfo("name\0after")
print(i.filename, repr(i.orig_filename), i, i.date_time)
print(zipfile.ZipInfo("dir/"), zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED,
      zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
