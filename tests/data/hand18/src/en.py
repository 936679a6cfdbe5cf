# blind19 -- English (en), 24 hand-written customer-support e-mails.  Written blind.
MESSAGES = [
    dict(n=1, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Margaret Oyelaran <m.oyelaran@postbox.example>",
         to="help@warmhaus-heaters.example",
         subject="Question about the plug on my dad's radiator",
         body="""\
Hello,

I bought the WH-2000 oil-filled radiator from you in November for my father's bedroom. He's 84 and feels the cold, so it's on most of the night.

This morning I went in to open his curtains and there was a sharp, chemical smell in the room, a bit like when someone leaves a plastic spatula on the hob. The radiator was on setting 3. When I pulled the plug out it was too hot to hold for more than a second, and the plastic around the two flat pins has gone brown and slightly soft. There's also a yellowy-brown ring on the wall socket around where the plug sits. Dad says he heard a faint crackling behind the bedside table last night but thought it was the pipes.

It's unplugged now and I've put it out in the garage. What do you need from me? Order number WH-558213.

Margaret Oyelaran
07700 900418"""),

    dict(n=2, signals="safety", priority="critical", trap="implicit", qt=0, reply=0,
         frm="Dev Parmar <dev.parmar@inbox.example>",
         to="support@sipsy-bottles.example",
         subject="Straw lid - small piece missing",
         body="""\
Hi,

My daughter Asha (2) has the Sipsy Junior 350ml bottle with the flip straw. At lunch today she was chewing on the straw and the little soft valve at the top came away. We couldn't find it anywhere. About twenty minutes later she started gagging and was sick twice, and since then she's been very quiet and keeps pulling at her throat.

We're at the out-of-hours GP now and they're asking what the valve is made of and exactly how big it is. Can someone ring me on 07700 900736 straight away? The base of the bottle says SJ-0423.

Dev"""),

    dict(n=3, signals="safety", priority="critical", trap="data-leak", qt=0, reply=0,
         frm="Colin Breckenridge <colin.b@mailhaven.example>",
         to="redirect@postforward.example",
         subject="Our redirected post is going to the wrong flat",
         body="""\
Hello,

We set up a 12-month redirection (ref PF-7730914) when we moved from 3 Harlow Court to 14A Linden Road. Your system seems to have the new address down as 14B.

I only found out because the woman at 14B knocked on our door last night with a pile of our letters, all opened. She said she'd assumed it was junk at first. In there were my wife's bank statements, a letter from the hospital with her test results, the PIN letter for our new credit card and a pension statement with my National Insurance number on it. She was perfectly nice about it, but she has read the lot. She also told us 14B stood empty for two months before she moved in, and our post will have been going through a communal letterbox that anyone in the building can reach into.

I've already rung the bank to cancel the card. We need the address corrected today, and we need to know exactly what has been delivered where since 2 March.

Colin Breckenridge
01632 960284"""),

    dict(n=4, signals="safety", priority="critical", trap="explicit", qt=0, reply=0,
         frm="Tasha Greenhalgh <tasha.greenhalgh@famnet.example>",
         to="care@zoomkid-scooters.example",
         subject="Front wheel came off Zoomkid Pro while riding - dangerous",
         body="""\
My son (7) was going down the slope on our road on his Zoomkid Pro scooter yesterday evening when the front wheel came off the fork. It just detached while he was moving; the bolt and the wheel rolled into the gutter. He went straight over the handlebars. He has a cut chin that needed four stitches and two broken front teeth. He was wearing his helmet, thank goodness.

The scooter is eight weeks old. I've looked at the fork and the thread on the bolt looks stripped. This is dangerous and I want to know whether other children are riding these right now. Please treat this as a formal complaint and tell me what you need from me. I'm keeping the scooter and the parts exactly as they are.

Tasha Greenhalgh"""),

    dict(n=5, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Rafael Quintero <rafa@beanandbun-cafe.example>",
         to="business@voltwise-energy.example",
         subject="Cafe prepayment meter - no power since 7am, can't top up",
         body="""\
Hi,

We run Bean & Bun on Market Street on your business prepayment tariff (account VB-2045518). At 6:50 this morning the meter said credit low, so I went to top up £80 in your app like always. The app just spins and then says "Unable to process, try again later". Same on my wife's phone, same on the website. At 7:04 the supply cut off.

Since then: no coffee machine, no ovens, and the two display fridges are slowly warming up. There's a handwritten sign on the door and my staff are sitting on the step. Your phone line says 45 minutes wait and has cut me off twice.

Every hour we're shut costs me real money, and if the fridges aren't back by lunchtime all that stock goes in the bin. Please send me a top-up code that the meter will take, or get someone out.

Rafael
07700 900152"""),

    dict(n=6, signals="outage", priority="high", trap="effect", qt=0, reply=0,
         frm="Shauna Doyle <shauna.doyle@brightmail.example>",
         to="repairs@meadowbank-homes.example",
         subject="Can't report a repair - online form and phone line both",
         body="""\
Hello,

I've been trying since Monday to report a repair for my flat (tenancy MB-60412, 7 Carrick House). The online repairs form gets to the last page, I press Submit, and it jumps back to page one with everything wiped. I've done that six times on two different phones. The repairs line rings for a while, then a recorded voice says "this service is unavailable, please try later" and hangs up.

The repair itself is the oven door, the hinge has gone and it won't stay shut, so I've not cooked properly for a week with two kids. I just need a job number. Can someone book it in from this email?

Shauna Doyle
07700 900590"""),

    dict(n=7, signals="outage", priority="medium", trap="question", qt=0, reply=0,
         frm="Hamish Dunlop <hamish.dunlop@crofters.example>",
         to="smart@brightgrid-energy.example",
         subject="Is it normal that the app shows no usage?",
         body="""\
Hi there,

Is it normal that the BrightGrid app has shown zero electricity and zero gas for the last nine days? The graph has been flat since the 4th. The in-home display in the kitchen still shows live usage, so the meter is obviously counting, but nothing is reaching my online account and my latest statement says "estimated".

I'd rather not get a huge catch-up bill in spring. Account BG-91044.

Thanks,
Hamish"""),

    dict(n=8, signals="outage", priority="critical", trap="effect", qt=0, reply=0,
         frm="Priya Venkatesan <practice.manager@elmtreesurgery.example>",
         to="business-faults@fibrelink.example",
         subject="Elm Tree Surgery - patients being sent home since 8am",
         body="""\
Circuit ref FL-BZ-55190.

I'm the practice manager at Elm Tree Surgery. Since just before 8am none of our PCs can reach the clinical system, callers to the surgery hear the phone ringing out (the phone system runs over your line), and electronic prescriptions can't be sent to pharmacies. The router shows a red light next to "WAN"; we've switched it off and on twice as your recorded message suggests.

We have four GPs and two nurses in clinic this morning. We're working from printed appointment lists, writing paper prescriptions where we're allowed to, and we've had to send home every patient whose appointment needs their records. Because nobody can get through on the 8am phone queue for same-day appointments, patients are now queueing at the front desk instead.

Please get an engineer to us today. Reach me on my mobile, 07700 900983, as nobody can ring the surgery.

Priya Venkatesan
Practice Manager"""),

    dict(n=9, signals="outage", priority="high", trap="explicit", qt=0, reply=0,
         frm="Kwame Asante <kwame.asante@citymail.example>",
         to="permits@harbridge-council.example",
         subject="Parking permit website down - my permit expires tonight",
         body="""\
Hi,

Your resident parking permit site has been down since yesterday lunchtime - "503 Service Unavailable" on every page, on my phone and my laptop. My Zone C permit (PP-C-118274) runs out at midnight and I can't renew it. The last time it lapsed by one day I got a £70 ticket outside my own house.

Can you renew it over the phone, or give me something to put on the dashboard? I can pay by card right now.

Kwame Asante, 22 Tolley Street"""),

    dict(n=10, signals="payment", priority="medium", trap="mixed-lang", qt=0, reply=0,
         frm="Lucía Ferrer <lucia.ferrer@correo.example>",
         to="orders@dreamroll-mattress.example",
         subject="Charged twice for one mattress",
         body="""\
Hello,

I ordered one DreamRoll Hybrid double (order DR-604178) on the 11th. My bank app shows two payments of £429.00 to DREAMROLL LTD on the same day, at 14:02 and 14:03. Only one mattress arrived (and it's lovely, no complaints there).

Could you refund the second payment please? Perdón por mi inglés; si es más fácil, podemos hablar en español.

Lucía Ferrer"""),

    dict(n=11, signals="payment", priority="high", trap="urgent-money", qt=0, reply=0,
         frm="Ben Achterberg <ben.achterberg@flatshare.example>",
         to="returns@sofabedco.example",
         subject="Refund for returned sofa bed - need it for a deposit on Friday",
         body="""\
Hi,

I returned the Harlow sofa bed (order SB-22901, £649). Your courier collected it on the 2nd and your email on the 5th said "return received, refund within 3-5 working days". It's now been 11 working days and nothing has reached my card.

I wouldn't normally chase this hard, but I'm moving flats and the deposit for the new place (£650) has to be paid by Friday at noon or the landlord offers it to the next person on his list. That refund is, quite literally, the deposit. Please can you tell me today when it will land, or pay it by bank transfer instead?

Ben Achterberg
07700 900264"""),

    dict(n=12, signals="payment", priority="medium", trap="question", qt=0, reply=0,
         frm="Sheila Mountford <sheila.mountford@greenvale.example>",
         to="counciltax@weybridge-borough.example",
         subject="Council tax band on my new bill",
         body="""\
Good afternoon,

Is it normal that my new bill for 2 Fernleigh Mews (account CT-40117723) is for band E? The flat was band B when I bought it and nothing has changed - it's the same one-bedroom flat. The monthly instalment has gone from £131 to £214 and the first one is due on the 1st.

I've attached last year's bill for comparison. Could someone check it and send me a corrected bill?

Kind regards,
Sheila Mountford"""),

    dict(n=13, signals="payment", priority="low", trap="curiosity", qt=0, reply=0,
         frm="Tom Iredale <tom.iredale@quickpost.example>",
         to="hello@snapid-photos.example",
         subject="Small question about the processing fee",
         body="""\
Hi - just curious, my passport photo order (SNP-88213) was £6.99 plus a £0.75 "processing fee". What's that for? Not complaining, just wondering.
Cheers, Tom"""),

    dict(n=14, signals="account", priority="medium", trap="buried", qt=0, reply=0,
         frm="Gwen Talbot <gwen.talbot@hillside.example>",
         to="myaccount@northwave-power.example",
         subject="Moving out / meter readings / a few things",
         body="""\
Hello,

A few things, sorry this is long. We're moving out of 9 Orchard Rise at the end of the month and I wanted to get everything sorted early. Firstly, the new tenants are Mr and Mrs Dabrowski - I don't know if you need that, but the letting agent said to pass it on. Secondly, I've photographed both meters today (electric 04521, gas 11870.3) and I'll take them again on the day we leave.

I was trying to put those readings in online and that's where it went wrong. The site kept saying my password was wrong, which I'm fairly sure it wasn't, and after the fifth go it said my account had been locked for security reasons and to contact you. The "forgot password" link now just says the account is locked as well, so I'm stuck. I can't submit readings, see my final bill or give you a forwarding address without getting back in.

Could you unlock it, or tell me how? Account number NW-2210934, and the registered e-mail is this one.

Also - do you need the forwarding address for the final bill? It's 41 Calder Way, Brantwick.

Thanks,
Gwen Talbot"""),

    dict(n=15, signals="account", priority="medium", trap="2fa", qt=0, reply=0,
         frm="Oskar Lindqvist <oskar.l@nordpost.example>",
         to="support@refurbit-laptops.example",
         subject="Login code never arrives",
         body="""\
Hi,

When I log in to my RefurbIt account to check the warranty on my laptop, it says it has sent a 6-digit code by text. The code never comes. I've tried maybe ten times over two days, restarted my phone and checked my blocked numbers. My number ends in 0417 and I think it's correct on the account, but of course I can't check because I can't get in.

Can you send the code another way, or switch it to e-mail?

Oskar"""),

    dict(n=16, signals="account", priority="medium", trap="payment", qt=1, reply=1,
         frm="Nadia Halloran <nadia.halloran@hmail.example>",
         to="support@secondlife-furniture.example",
         subject="Re: Your refund for order SL-40219",
         body="""\
Hi Callum,

Thanks for that, all sorted on that front. One more thing though: afterwards I went into my profile settings to change my address and I think I clicked "Close account" instead of "Close". Now when I try to log in it says "No account found for this email". All my saved items and my seller reviews were on there. Is there any way to get the profile back?

Nadia

On Tue, 14 May 2024 at 10:12, SecondLife Furniture Support <support@secondlife-furniture.example> wrote:
> Hi Nadia,
>
> We're sorry the wardrobe arrived with a cracked door. Your refund of
> £85.00 for order SL-40219 has been processed and should reach your
> card within 3-5 working days.
>
> Callum, SecondLife Furniture"""),

    dict(n=17, signals="account", priority="low", trap="howto", qt=0, reply=0,
         frm="Harold Beaumont <h.beaumont@oldmail.example>",
         to="counciltax@weybridge-borough.example",
         subject="Changing the e-mail on my online account",
         body="""\
Dear Sir or Madam,

I have a new e-mail address (this one). How do I change the e-mail on my council tax online account? I can still log in with the old one but cannot find where to change it.

Yours faithfully,
Harold Beaumont"""),

    dict(n=18, signals="-", priority="low", trap="idiom", qt=0, reply=0,
         frm="Ellie Marchetti <ellie.marchetti@partyplan.example>",
         to="sales@poppa-popcorn.example",
         subject="Inferno 3000 - a killer buy for a kids' party?",
         body="""\
Hi!

I'm throwing my son's 10th birthday next month (film theme - we're screening Twister in the garden, if the weather doesn't kill the plan) and I've got my eye on the Inferno 3000 popcorn machine. Two questions before I buy:

1. How many portions does it make per hour? About 25 kids will descend on us and they'll be starving.
2. Does the red "Blaze" trolley come with it or is it extra?

The reviews say it's a total lifesaver for parties. Fingers crossed!

Ellie"""),

    dict(n=19, signals="-", priority="low", trap="outage", qt=1, reply=1,
         frm="Greg Olufemi <greg.olufemi@homenet.example>",
         to="deliveries@bunkworks.example",
         subject="Re: Delivery of your bunk bed - new date",
         body="""\
Thursday is perfect, we'll be in all day. Thanks Priya!

Greg

On 3 Jun 2024, at 16:40, BunkWorks Deliveries <deliveries@bunkworks.example> wrote:
> Dear Greg,
>
> Apologies - because of a system outage at our warehouse last week,
> all deliveries were held back and your original slot was cancelled.
> We can now offer Thursday 6 June, 8am-1pm. Please confirm if this
> suits you.
>
> Kind regards,
> Priya, BunkWorks"""),

    dict(n=20, signals="-", priority="low", trap="resolved", qt=0, reply=0,
         frm="Aileen McCrae <aileen.mccrae@lochside.example>",
         to="support@paddleon-kayaks.example",
         subject="Thank you!",
         body="""\
Just a quick note to say thanks to Stuart on your helpline. The inflatable kayak I bought kept losing air on the left side and I was ready to give up on it - he talked me through finding the leak with soapy water, and the valve just needed re-seating. Took it out on Loch Venn on Saturday, dry as a bone. Great service.

Aileen"""),

    dict(n=21, signals="-", priority="low", trap="newsletter", qt=0, reply=0,
         frm="Riverside Paddle Club <news@riversidepaddle.example>",
         to="support@paddleon-kayaks.example",
         subject="June news: capsize drills, rescue night and the Great Flood Regatta",
         body="""\
RIVERSIDE PADDLE CLUB - JUNE NEWS

Hi paddlers,

* Capsize & rescue night: Wednesday 12th, 7pm at the leisure centre pool. Bring your own buoyancy aid if you have one; club ones available. Our coaches will run wet exits and the T-rescue.
* The Great Flood Regatta is back on the 29th! Fancy dress encouraged - last year's "Sinking Ship" crew set a high bar.
* First aid refresher: two places left on Saturday's course.
* Subs for the second half of the year are now due - pay via the usual link.

See you on the water,
The committee

Unsubscribe: riversidepaddle.example/unsubscribe"""),

    dict(n=22, signals="-", priority="low", trap="policy", qt=0, reply=0,
         frm="Amélie Rousseau <amelie.rousseau@courrier.example>",
         to="sales@bouncewell-trampolines.example",
         subject="Question before ordering a garden trampoline",
         body="""\
Hello,

We're thinking of buying the BounceWell 12ft for our garden. Before I order: if a part arrives broken or the frame is damaged in transport, what is your policy - do you replace the part, or would I get a full refund? And how long do we have to send it back if it doesn't fit in the garden?

Désolée, mon anglais n'est pas parfait. Merci d'avance !

Amélie"""),

    dict(n=23, signals="account", priority="low", trap="workaround", qt=0, reply=0,
         frm="Sunil Rao <sunil.rao@webpost.example>",
         to="app-support@carelink-alarms.example",
         subject="App login loops back to the start",
         body="""\
Hi,

Minor one. Since the last update the CareLink app on my phone keeps throwing me back to the login screen after I enter my password - it accepts it, flashes the dashboard for a second, then logs me out. I'm the family contact on Mum's pendant account (CL-77013). The pendant itself is fine and your call centre rings me as normal.

Logging in on the website from my laptop works, so I can still see everything I need - no rush at all. Just thought you'd want to know. iPhone 12, app version 4.2.1.

Sunil"""),

    dict(n=24, signals="outage", priority="critical", trap="escalation", qt=0, reply=1,
         frm="Diane Foulkes <diane.foulkes@foulkeshardware.example>",
         to="trade@aquaflow-garden.example",
         subject="RE: Trade portal rejecting every order - 3rd request",
         body="""\
This is the third time I'm writing. Nobody has answered.

We have 14 shops and every one of them is trying to reorder hoses, reels and extension leads before the bank holiday weekend. Your trade portal still rejects every basket with "Error 1042 - unable to submit". My managers are phoning orders through to your sales line, which goes to voicemail. Your lines are now sold out in 9 of the 14 branches and customers are buying the competitor's hoses in front of us.

I need someone senior to call me today on 07700 900347.

Diane Foulkes
Purchasing, Foulkes Hardware Ltd

-----Original Message-----
> From: Diane Foulkes
> Sent: Tuesday, 21 May 2024 09:14
> To: trade@aquaflow-garden.example
> Subject: RE: Trade portal rejecting every order
>
> Following up on yesterday's mail. We still can't submit a single order
> on the trade portal. Can someone please look at it?
>
> -----Original Message-----
> Sent: Monday, 20 May 2024 15:02
> Subject: Trade portal rejecting every order
>
> Hi, since this morning every order we try to place on the trade portal
> fails with "Error 1042 - unable to submit". Account FH-TR-0091."""),
]
